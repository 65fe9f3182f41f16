#!/usr/bin/env bash
# man_covers_help.sh VCDESK VCDESK_AGENT MAN_DIR
# Every command, action and option that `vcdesk --help`, `vcdesk COMMAND [ACTION] --help` and
# `vcdesk-agent --help` list appears in packaging/man/vcdesk.1 or vcdesk-agent.1, and each page
# has its EXIT STATUS section: a new option or subcommand without its man page entry fails.
set -euo pipefail
vcdesk=$1 agent=$2 man=$3
export LANG=C LC_ALL=C LANGUAGE= QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d)
missing=0

# The page as plain text: roff's \- is a hyphen, font changes (\fB, \fI, \fR, \fP) go.
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' "$1"; }

# Lower-case words of the command part of usage lines: "wallet create|list", "offers [list]".
words() { tr ' |[]' '\n\n\n\n' | grep -E '^[a-z][a-z-]*$' || true; }
options() { grep -oE -- '--[a-z0-9][a-z0-9-]*' || true; }
# A command's help; some print their usage with exit status 64, which is fine here.
help_of() { "$@" --help 2>&1 || true; }

check() { # check PAGE_TEXT WHAT KIND
    if ! grep -qE -- "(^|[^a-z0-9-])$(printf '%s' "$2" | sed 's/[.]/\\./g')([^a-z0-9-]|$)" <<<"$1"; then
        echo "not in the man page: $3 $2" >&2
        missing=$((missing + 1))
    fi
}

page=$(plain "$man/vcdesk.1")
top=$(help_of "$vcdesk")
# The commands are the lines indented by two spaces (and their continuation lines); the
# lines under them, indented by eight, describe.
commands=$(grep -E '^  [a-z-]|^         [a-z]' <<<"$top" | words | sort -u)
[ -n "$commands" ] || { echo "vcdesk --help lists no commands" >&2; exit 1; }
actions=$(help_of "$vcdesk" wallet | head -1 | sed 's/^usage: vcdesk wallet //' | cut -d' ' -f1 | words)
for word in $commands $actions; do check "$page" "$word" command; done
for option in $(options <<<"$top"); do check "$page" "$option" option; done
# Each command, and each action that has options of its own, with its --help.
invocations=(inspect trust account offers present receive sandbox kiosk)
for action in $actions; do invocations+=("wallet $action"); done
invocations+=("account add" "account list" "account remove" "offers accept" "offers reject"
    "sandbox connect" "sandbox request" "sandbox status")
for invocation in "${invocations[@]}"; do
    # shellcheck disable=SC2086 # "wallet create" is two arguments
    for option in $(help_of "$vcdesk" $invocation | options | sort -u); do
        check "$page" "$option" "option of $invocation:"
    done
done

agent_page=$(plain "$man/vcdesk-agent.1")
agent_help=$(help_of "$agent")
for option in $(options <<<"$agent_help" | sort -u); do check "$agent_page" "$option" option; done
agent_commands=$(sed -n 's/.*Nothing to serve, or: *//p' <<<"$agent_help" | words)
[ -n "$agent_commands" ] || { echo "vcdesk-agent --help lists no commands" >&2; exit 1; }
for word in $agent_commands; do check "$agent_page" "$word" command; done

for text in "$page" "$agent_page"; do
    grep -q '^\.SH EXIT STATUS' <<<"$text" || { echo "a man page has no EXIT STATUS" >&2; missing=$((missing + 1)); }
    grep -q '^\.B 64' <<<"$text" || { echo "a man page does not explain exit status 64" >&2; missing=$((missing + 1)); }
done
[ "$missing" -eq 0 ] || { echo "$missing entries missing from the man pages" >&2; exit 1; }
echo "the man pages cover $(wc -w <<<"$commands $actions $agent_commands") commands and actions and every option"
