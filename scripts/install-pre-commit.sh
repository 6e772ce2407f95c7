#!/usr/bin/env bash
# pre-commit (PyPI), for js/test/pre-commit.test.mjs: a venv cached per version of
# scripts/pre-commit-requirements.txt (pre-commit and its dependencies, pinned). Idempotent; prints
# the venv's bin directory. The venv is complete only once its marker file is written.
set -euo pipefail
cd "$(dirname "$0")"
REQUIREMENTS=pre-commit-requirements.txt
key=$(sha256sum "$REQUIREMENTS" | cut -c1-12)
venv="${MSR_TOOLS_CACHE:-$HOME/.cache/modelservice-render}/pre-commit-$key"
if [ ! -f "$venv/.complete" ]; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian's python3 needs python3-venv for ensurepip.
    echo "install-pre-commit: installing python3-venv with apt-get" >&2
    sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$REQUIREMENTS" >&2
  touch "$venv/.complete"
fi
echo "$venv/bin"
