#!/usr/bin/env bash
# An independent check of the conjugation engine: every form it derives from every row of
# core/data/stems.tsv (21 forms × polite/plain × without/with the honorific, each sense), split into
# words, through Debian's Korean Hunspell dictionary (apt-get install hunspell hunspell-ko).
# Prints each word Hunspell does not accept with the row and form it came from, to OUT (default
# build/hunspell-forms.tsv), and a summary. It asserts nothing: README.md ("Conjugation") says what
# was flagged and what was decided.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/hunspell-forms.tsv}
command -v hunspell >/dev/null || { echo "hunspell-forms: apt-get install hunspell hunspell-ko" >&2; exit 2; }
forms=$({ build/malmoi conjugate <<<$'먹다\tnonsense' || true; } | sed -n 's/.*(\(.*\))$/\1/p' | tr -d ',')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' core/data/stems.tsv | cut -f1,2 | sort -u >"$tmp/rows"
while IFS=$'\t' read -r word class; do
  for form in $forms; do
    for options in polite plain honorific plain,honorific; do
      printf '%s\t%s\t%s\t%s\n' "$word" "$form" "$options" "$class"
    done
  done
done <"$tmp/rows" >"$tmp/requests"
cut -f1-3 "$tmp/requests" | build/malmoi conjugate >"$tmp/answers" || true
paste "$tmp/requests" "$tmp/answers" | grep -v $'\terror: ' >"$tmp/forms"
# one word a line, with where it came from
awk -F'\t' '{ n = split($5, w, " "); for (i = 1; i <= n; i++) { sub(/\?$/, "", w[i]); print w[i] "\t" $1 "\t" $2 "\t" $3 "\t" $4 } }' "$tmp/forms" >"$tmp/words"
cut -f1 "$tmp/words" | sort -u >"$tmp/unique"
hunspell -d ko -l <"$tmp/unique" | sort -u >"$tmp/rejected"
awk -F'\t' 'NR == FNR { bad[$1] = 1; next } ($1 in bad)' "$tmp/rejected" "$tmp/words" >"$out"
echo "forms: $(wc -l <"$tmp/forms"), distinct words: $(wc -l <"$tmp/unique"), not accepted: $(wc -l <"$tmp/rejected") ($out)"
echo "by form:"; cut -f3 "$out" | sort | uniq -c | sort -rn
echo "by class:"; cut -f5 "$out" | sort | uniq -c | sort -rn
