#!/usr/bin/env bash
# The YAML reader kubectl uses, as a small program for the tests: sigs.k8s.io/yaml.YAMLToJSON over
# gopkg.in/yaml.v2 (scripts/kubectl-yaml/main.go). Built offline from Debian's packaged Go sources
# (GOPATH mode, no module proxy): golang-go, golang-k8s-sigs-yaml-dev, golang-gopkg-yaml.v2-dev,
# installed with apt-get when missing. Cached per source and package versions in $HOME/.cache.
# Idempotent; prints the program's path.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(golang-go golang-k8s-sigs-yaml-dev golang-gopkg-yaml.v2-dev)
if ! command -v go >/dev/null || ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  echo "install-kubectl-yaml: installing ${packages[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

versions=$(dpkg-query -W -f '${Package}=${Version}\n' "${packages[@]}")
key=$( { cat scripts/kubectl-yaml/main.go; echo "$versions"; } | sha256sum | cut -c1-16)
dir="${MSR_TOOLS_CACHE:-$HOME/.cache/modelservice-render}/kubectl-yaml-$key"
if [ ! -x "$dir/kubectl-yaml" ]; then
  mkdir -p "$dir"
  echo "install-kubectl-yaml: building $dir/kubectl-yaml" >&2
  GO111MODULE=off GOPATH=/usr/share/gocode GOPROXY=off GOFLAGS= GOCACHE="$dir/go-cache" \
    go build -o "$dir/kubectl-yaml.tmp" scripts/kubectl-yaml/main.go
  rm -rf "$dir/go-cache"
  mv "$dir/kubectl-yaml.tmp" "$dir/kubectl-yaml"
fi
echo "$dir/kubectl-yaml"
