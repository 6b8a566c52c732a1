#!/usr/bin/env python3
"""Writes assembly for a library that defines every strong dynamic symbol of a real one:
functions return zero, objects are zeroed data of the same size. OpenCV's imgcodecs needs
GDAL, GDCM and OpenEXR to load (it binds all symbols at load time and registers GDAL's
drivers when it builds its codec list) but GlyphLab never reads those formats. Weak symbols
(template instances) are left out so that the real libraries' copies are used.

Usage: inert_library.py REAL_LIBRARY OUTPUT.s"""
import subprocess
import sys


def main():
    library, output = sys.argv[1], sys.argv[2]
    symbols = subprocess.run(['nm', '-D', '-S', '--defined-only', library],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    code, data = ['.text'], ['.data']
    for line in symbols:
        fields = line.split()
        if len(fields) == 4:
            size, kind, name = int(fields[1], 16), fields[2], fields[3]
        elif len(fields) == 3:
            size, kind, name = 8, fields[1], fields[2]
        else:
            continue
        name = name.split('@')[0]
        if kind in 'Tti':
            code += [f'.globl "{name}"', f'.type "{name}", @function', f'"{name}":', '  xorl %eax, %eax', '  ret']
        elif kind in 'DdBbRrGgSs':
            size = max(size, 1)
            data += [f'.globl "{name}"', f'.type "{name}", @object', f'.size "{name}", {size}', f'"{name}":', f'  .zero {size}']
    with open(output, 'w') as out:
        out.write('\n'.join(code + data) + '\n')


if __name__ == '__main__':
    main()
