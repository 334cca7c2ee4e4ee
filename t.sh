#!/bin/bash
# usage: ./t.sh 'pattern'
cd /work/wt-graph && mvn -o -q test -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false > /tmp/graph-test.log 2>&1
rc=$?
grep -E 'Tests run|FAIL|ERROR\]|expected|Expect|but was|Caused by|Exception:|at io.mynumberlineage' /tmp/graph-test.log | grep -v 'ApplicationContext failure threshold' | cut -c1-400 | head -${2:-40}
echo "rc=$rc"
