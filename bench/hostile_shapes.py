#!/usr/bin/env python3
"""Writes one hostile text shape at a given scale (the shapes of issue 10's campaign).
Usage: bench/hostile_shapes.py SHAPE SCALE OUT   (bench/linear_time.sh calls it)."""
import sys

SHAPES = {
    'eg-chain': lambda n: 'e.g. ' * n + '\n',
    'dotted-host': lambda n: 'a.' * n + 'com\n',
    'combining-marks': lambda n: 'a' + '\u0308\u0301\u0327' * n + '\n',
    'digit-chain': lambda n: '1' + '-1' * n + '\n',
    'decimal-chain': lambda n: '1.1' * n + '\n',
    'leading-spaces': lambda n: ' ' * (10 * n) + '문장입니다.\n',
    'open-bracket': lambda n: '[' + '가' * n + '\n',
    'long-heading': lambda n: '# ' + '가' * n + '\n',
    'table-row': lambda n: '| ' + '가 | ' * n + '\n',
    'tabs': lambda n: '\t' * (5 * n) + '끝.\n',
    'indented-list': lambda n: ''.join(' ' * (i % 200) + '- 항목입니다\n' for i in range(n // 10)),
    'numbers-line': lambda n: ' '.join(str(i) for i in range(n // 5)) + '\n',
    'md-lt-run': lambda n: '# 제목\n\n<div>\n' + '<a' * n + '\n',
    'md-brackets': lambda n: '# 제목\n\n' + '[' * n + '글' + ']' * n + '\n',
    'md-emphasis': lambda n: '# 제목\n\n' + '*가 _나 ' * n + '\n',
    'md-liquid': lambda n: '# 제목\n\n' + '{%' * n + '\n',
    'md-jsx-run': lambda n: '# 제목\n\n' + '<A' * n + '\n',
    'md-nested-lists': lambda n: '# 제목\n\n' + ''.join('  ' * (i % 50) + '- 항목\n' for i in range(n // 10)),
    'toc-runs': lambda n: ''.join(f'{i % 9 + 1}. 목차 {i}\n' + ('\n' if i % 3 == 2 else '') for i in range(n // 10)),
    'label-lines': lambda n: ''.join(f'\n라벨{i % (n // 30 + 1)}\n\n' for i in range(n // 10)),
    'end-markers': lambda n: ''.join(f'\n제목{i}\n\n본문입니다.\n\n제목{i}의 끝.\n' for i in range(n // 30)),
    'prose': lambda n: open('input/meta-ai-strategy.txt', encoding='utf-8').read() * max(1, n // 5000),
}

if __name__ == '__main__':
    if len(sys.argv) == 2 and sys.argv[1] == '--list':
        print(' '.join(SHAPES))
        sys.exit(0)
    shape, scale, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, 'w', encoding='utf-8') as f:
        f.write(SHAPES[shape](scale))
