#!/usr/bin/env python3
"""Prints a Gatling report's statistics table as Markdown: every group and request with
its count, failures and response-time percentiles (ms). Usage:
  python3 load/summary.py [load/target/gatling/<run>]   (default: the newest run)"""
import glob
import html
import os
import re
import sys

run = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob('load/target/gatling/*/'), key=os.path.getmtime)
page = open(os.path.join(run, 'index.html'), encoding='utf-8').read()
rows = re.findall(r'<tr id="([^"]+)"(?: data-parent="([^"]*)")?\s*>(.*?)</tr>', page, re.S)
print('| group / request | requests | failed | p50 ms | p75 ms | p95 ms | p99 ms | max ms | mean ms |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for row_id, parent, cells in rows:
    name = html.unescape(re.search(r'class="ellipsed-name">(.*?)</span>', cells, re.S).group(1)).strip()
    values = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', cells))
    if row_id == 'ROOT':
        name = '**all requests**'
    elif row_id.startswith('group_'):
        name = '**' + name + '** (group)'
    else:
        name = '&nbsp;&nbsp;' + name
    print('| %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (name, values.get('2'), values.get('4'), values.get('8'),
          values.get('9'), values.get('10'), values.get('11'), values.get('12'), values.get('13')))
print()
print('report: %s' % os.path.join(run, 'index.html'))
