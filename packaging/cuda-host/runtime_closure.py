#!/usr/bin/env python3
"""Prints the shared libraries that the given ELF files need at run time, recursively, as paths
on this machine, leaving out glibc and the C++ runtime, the libraries that make-bundle.sh
replaces by inert ones, and every soname listed in HOST_SONAMES (what the target machine has).

Usage: runtime_closure.py ROOTS_FILE HOST_SONAMES_FILE"""
import re
import subprocess
import sys

INERT = {'libgdal.so.32', 'libgdcmMSFF.so.3.0', 'libgdcmDSED.so.3.0', 'libOpenEXR-3_1.so.30'}
SYSTEM = {'libc.so.6', 'libm.so.6', 'libdl.so.2', 'libpthread.so.0', 'librt.so.1',
          'ld-linux-x86-64.so.2', 'libstdc++.so.6', 'libgcc_s.so.1'}


def library_paths():
    """soname -> path, from the dynamic linker's cache."""
    paths = {}
    listing = subprocess.run(['ldconfig', '-p'], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines()[1:]:
        match = re.match(r'\s*(\S+) \(libc6,x86-64.*\) => (\S+)', line)
        if match and match.group(1) not in paths:
            paths[match.group(1)] = match.group(2)
    return paths


def needed(path):
    dynamic = subprocess.run(['readelf', '-d', path], capture_output=True, text=True).stdout
    return re.findall(r'\(NEEDED\)\s+Shared library: \[(.+?)\]', dynamic)


def main():
    roots = [line.strip() for line in open(sys.argv[1]) if line.strip()]
    on_host = set(open(sys.argv[2]).read().split())
    paths = library_paths()
    seen, queue = set(), list(roots)
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        for soname in needed(path):
            if soname in SYSTEM or soname in INERT or soname in on_host:
                continue
            if soname not in paths:
                print(f'runtime_closure.py: {soname} (needed by {path}) is not installed', file=sys.stderr)
                continue
            queue.append(paths[soname])
    print('\n'.join(sorted(seen)))


if __name__ == '__main__':
    main()
