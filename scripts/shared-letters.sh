# Sourced by held-out.sh and gold-inputs.sh: moves to the repository's root and sets
# $letters to ../shared/wc-letters/KIND (txt or pdf; IMR_SHARED_DIR=DIR looks elsewhere), or exits
# naming the script and where it looked.
# Usage: source "$(dirname "${BASH_SOURCE[0]}")/shared-letters.sh" KIND
CDPATH='' cd -- "$(dirname "${BASH_SOURCE[0]}")/.."
letters="${IMR_SHARED_DIR:-../shared}/wc-letters/$1"
[[ -d "$letters" ]] || { echo "$(basename "$0" .sh): no shared letters at $letters" >&2; exit 1; }
