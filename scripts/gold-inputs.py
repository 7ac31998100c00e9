#!/usr/bin/env python3
"""Two tables of the same 311 items with the default model's inputs (`--feature-set ur_signals`): as the
annotators of issue 18's gold files read them, and as `imr features` reads them. Training the default's
learner on each, grouped by letter, tells whether the toolkit's reading or the inputs themselves hold
the model back.

Usage: scripts/gold-inputs.py FEATURES.csv OUT_DIR GOLD.tsv...
  FEATURES.csv from `imr features` on the letters of the gold files; writes OUT_DIR/gold.tsv and
  OUT_DIR/read.tsv, with the same columns: id, letter, decision, then one column per input; and
  OUT_DIR/gold-any.tsv and OUT_DIR/read-any.tsv, whose one input is whether the UR cited any reason
  for the item (the signal issue 18 names: "when a reason is found, items are rarely overturned").
"""
import csv
import os
import sys

# The reason and finding vocabularies of the gold files' brief (docs/labelling-brief.md) and of
# `imr features`; a finding kind the toolkit reads and the brief has no name for is false in gold.
REASONS = ["exceeds_guideline_limit", "no_functional_improvement", "home_exercise_program",
           "no_conservative_care_trial", "no_red_flags", "criteria_not_met", "request_incomplete",
           "not_recommended", "adjunct_to_denied"]
FINDINGS = ["fracture", "meniscal_or_labral_tear", "full_thickness_tear", "locking", "instability",
            "neurological_deficit", "red_flag"]
COLUMNS = (["id", "letter", "decision", "ur_decision", "ur_modified"] + ["ur_reason_" + r for r in REASONS]
           + ["part_of_surgery_request"] + ["finding_" + f for f in FINDINGS] + ["initial_trial_within_limit"])


def flag(on):
    return "true" if on else "false"


def row(item_id, decision, ur_decision, reasons, surgery, findings, trial):
    return ([item_id, item_id.rsplit("/", 1)[0], decision, ur_decision, flag(ur_decision == "modified")]
            + [flag(r in reasons) for r in REASONS] + [surgery] + [flag(f in findings) for f in FINDINGS]
            + [trial or "none"])


def split(cell, sep):
    return {x.strip() for x in cell.split(sep) if x.strip()}


def main(features_file, out, gold_files):
    gold = {}
    for name in gold_files:
        lines = [line for line in open(name, encoding="utf-8") if not line.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            gold[f"{r['letter_id']}/{r['item_index']}"] = r
    read = {r["id"]: r for r in csv.DictReader(open(features_file, newline="", encoding="utf-8"))}
    missing = sorted(set(gold) - set(read))
    if missing:
        sys.exit(f"gold-inputs: {len(missing)} gold items not in {features_file}, e.g. {missing[0]}")
    tables = {"gold": [], "read": []}
    for item_id, r in sorted(gold.items()):
        tables["gold"].append(row(item_id, r["decision"], r["ur_decision"], split(r["ur_reasons"], ","),
                                  r["part_of_surgery_request"], split(r["objective_findings"], ","),
                                  r["initial_trial_within_limit"]))
        x = read[item_id]
        tables["read"].append(row(item_id, r["decision"], x["ur_decision"],
                                  {reason for reason in REASONS if x["ur_reason_" + reason] == "true"},
                                  x["part_of_surgery_request"], split(x["objective_findings"], ";"),
                                  x["initial_trial_within_limit"]))
    os.makedirs(out, exist_ok=True)
    reasons = [COLUMNS.index("ur_reason_" + r) for r in REASONS]
    for name, rows in tables.items():
        write(os.path.join(out, name + ".tsv"), COLUMNS, rows)
        write(os.path.join(out, name + "-any.tsv"), COLUMNS[:3] + ["ur_reason_any"],
              [r[:3] + [flag(any(r[i] == "true" for i in reasons))] for r in rows])
    print(f"gold-inputs: {len(gold)} items of {len({i.rsplit('/', 1)[0] for i in gold})} letters written to {out}",
          file=sys.stderr)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
