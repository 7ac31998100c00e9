#!/usr/bin/env python3
"""How many items get each input of issue 18 (part_of_surgery_request, objective_findings,
initial_trial_within_limit), in how many letters, and the overturn rate among them.

Usage: scripts/signal-rates.py FEATURES.csv PARSE.csv
  FEATURES.csv from `imr features`, PARSE.csv from `imr parse` on the same letters (for the decisions).
Figures on letters the rules were written from are not held-out figures.
"""
import collections
import csv
import sys


def main(features_file, parse_file):
    csv.field_size_limit(1 << 24)
    features = list(csv.DictReader(open(features_file, newline='', encoding='utf-8')))
    decision = {f"{r['letter_id']}/{r['item_index']}": r['decision']
                for r in csv.DictReader(open(parse_file, newline='', encoding='utf-8'))}

    def rate(name, rows):
        n = len(rows)
        over = sum(decision[r['id']] == 'Overturned' for r in rows)
        letters = len({r['id'].rsplit('/', 1)[0] for r in rows})
        share = f"{over / n:.2f}" if n else "-"
        print(f"{name:40} {n:4} items {letters:3} letters {over:3} overturned ({share})")

    rate('all', features)
    rate('part_of_surgery_request', [r for r in features if r['part_of_surgery_request'] == 'true'])
    rate('  procedure among the items', [r for r in features if r['procedure_item'] not in ('', 'absent')])
    rate('  procedure not among the items', [r for r in features if r['procedure_item'] == 'absent'])
    rate('objective_findings (any)', [r for r in features if r['objective_findings']])
    kinds = collections.Counter(k for r in features for k in r['objective_findings'].split(';') if k)
    for kind in sorted(kinds):
        rate('  ' + kind, [r for r in features if kind in r['objective_findings'].split(';')])
    for value, name in (('true', 'true'), ('false', 'false'), ('', 'empty (no course, or not known)')):
        rate('initial_trial_within_limit ' + name, [r for r in features if r['initial_trial_within_limit'] == value])
    # The dependent-item rule: a dependent item overturned while its procedure (an item) was upheld.
    against = [r for r in features if r['procedure_item'] not in ('', 'absent')
               and decision[r['id']] == 'Overturned'
               and decision[r['id'].rsplit('/', 1)[0] + '/' + r['procedure_item']] != 'Overturned']
    follows = [r for r in features if r['procedure_item'] not in ('', 'absent')
               and decision[r['id'].rsplit('/', 1)[0] + '/' + r['procedure_item']] != 'Overturned']
    print(f"dependent items whose procedure was upheld: {len(follows)}, of them overturned: {len(against)}")


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
