#!/usr/bin/env bash
# Checks every C++ file (*.cpp, *.h) against the repository's .clang-format and names the ones
# that drift; exits non-zero if any does. Run by ctest as "format_check" (tests/arch).
# Files: tracked and new unignored ones (git ls-files) in a git checkout, otherwise all found
# outside build trees; third-party and generated folders are skipped. Fix with clang-format -i.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
    echo "check-format: $clang_format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 2
fi

skip='^(build[^/]*|third[-_]party|3rdparty|external|tests/interop/node_modules|tests/fuzz/artifacts)/'
files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    while IFS= read -r -d '' file; do
        files+=("$file")
    done < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    while IFS= read -r -d '' file; do
        files+=("${file#./}")
    done < <(find . -path './.*' -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0)
fi

checked=()
for file in "${files[@]}"; do
    [[ "$file" =~ $skip || ! -f "$file" ]] && continue
    checked+=("$file")
done
if [ ${#checked[@]} -eq 0 ]; then
    echo "check-format: no C++ files found under $root" >&2
    exit 2
fi

report=$("$clang_format" --style=file --dry-run --Werror "${checked[@]}" 2>&1) && status=0 || status=$?
drifted=$(printf '%s\n' "$report" | grep -oE '^[^:[:space:]]+\.(cpp|h):[0-9]+:[0-9]+: (error|warning)' |
    cut -d: -f1 | sort -u || true)
if [ "$status" -ne 0 ] || [ -n "$drifted" ]; then
    if [ -n "$drifted" ]; then
        echo "check-format: these files do not follow .clang-format (fix: clang-format -i FILE):"
        printf '  %s\n' $drifted
    else
        printf '%s\n' "$report"
    fi
    exit 1
fi
echo "check-format: ${#checked[@]} files follow .clang-format ($("$clang_format" --version))"
