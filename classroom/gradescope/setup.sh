#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu).
# It installs Node.js @NODE_VERSION@, the version the zip was built with, from the official
# tarball of nodejs.org (as the official Node.js Docker image does), checked against the
# release's SHASUMS256.txt; then the grader's dependencies, with npm ci from its lock file.
# Written by `npm run gradescope`. NODE_VERSION, NODE_DIST, NODE_PREFIX and AUTOGRADER_ROOT
# (which stands for /autograder) may be set to run it elsewhere: the kit's tests do.
set -euo pipefail

root="${AUTOGRADER_ROOT:-/autograder}"
node_version="${NODE_VERSION:-@NODE_VERSION@}"
dist="${NODE_DIST:-https://nodejs.org/dist}"
prefix="${NODE_PREFIX:-/usr/local}"

# The jail the grader runs submissions in depends on Node's permission model: grade with
# the exact version the zip was built and tested with, whatever the image already has.
if [ "$(node --version 2>/dev/null || true)" != "v$node_version" ]; then
  if ! command -v curl >/dev/null || ! command -v xz >/dev/null || ! command -v sha256sum >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates curl xz-utils coreutils
  fi
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "setup.sh: no Node.js build for $(uname -m)" >&2; exit 1 ;;
  esac
  tarball="node-v$node_version-linux-$arch.tar.xz"
  download="$(mktemp -d)"
  curl -fsSL --retry 3 "$dist/v$node_version/$tarball" -o "$download/$tarball"
  curl -fsSL --retry 3 "$dist/v$node_version/SHASUMS256.txt" -o "$download/SHASUMS256.txt"
  (cd "$download" && grep " $tarball\$" SHASUMS256.txt | sha256sum -c -)
  mkdir -p "$prefix"
  tar -xJf "$download/$tarball" -C "$prefix" --strip-components=1 --no-same-owner
  rm -rf "$download"
  export PATH="$prefix/bin:$PATH"
  hash -r
fi
echo "Node.js $(node --version), npm $(npm --version)"

cd "$root/source/kit"
npm ci --omit=dev --no-audit --no-fund
# Bundles the grader once here, so that each submission starts grading at once.
npm run grade -- --help >/dev/null
