#!/usr/bin/env bash
# Run by .ci/run when a step fails: for each integration-test class that failed, what its Payara
# Micro printed that explains why (exceptions, SEVERE records), so that the end of the CI log names
# the cause even when the failure was a deployment that never came up. The full output of each
# class is in web/target/failsafe-reports/<class>-output.txt (redirectTestOutputToFile).
reports=${1:-web/target/failsafe-reports}
[ -d "$reports" ] || exit 0
for report in "$reports"/*.txt; do
    case "$report" in *-output.txt) continue ;; esac
    grep -qE 'FAILURE!|ERROR!' "$report" 2>/dev/null || continue
    class=$(basename "$report" .txt)
    echo "=== $class failed; what its server said:"
    output="$reports/$class-output.txt"
    if [ -f "$output" ]; then
        grep -nE 'SEVERE|WARNING.*(Exception|fail)|^(Caused by|[a-z.]+(Exception|Error)):|Exception:' "$output" \
            | grep -v 'at ' | head -40
    else
        echo "(no output file: $output)"
    fi
done
