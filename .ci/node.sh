# Sourced by .ci/run (and usable by hand: `source .ci/node.sh`): puts a Node that satisfies
# package.json "engines" (^22.13.0 || >=24: WXT 0.21 needs 22, Vite 8's parser 22.13) first on PATH.
# Debian 12 ships Node 18 and these machines carry Node 20, so when the Node on PATH is older, the
# official Linux build is installed from the npm registry (package node-linux-<arch>, ~30 MB, kept
# in ~/.cache/termlens). npm itself stays as installed; it runs on whichever node is first on PATH.
TERMLENS_NODE_VERSION=22.23.5 # the pinned fallback; tests/ci-node.test.ts holds it to "engines"

termlens_node_ok() {
  command -v node >/dev/null &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 22 && b >= 13) || a >= 24 ? 0 : 1)'
}

termlens_use_node() {
  if termlens_node_ok; then
    echo "node $(node --version) satisfies engines"
    return 0
  fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) echo "no Node build on the npm registry for $(uname -m)" >&2; return 1 ;;
  esac
  local dir="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/termlens/node-$TERMLENS_NODE_VERSION-linux-$arch"
  local bin="$dir/node_modules/node-linux-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    echo "node $(node --version 2>/dev/null || echo none) is too old for engines: installing node-linux-$arch@$TERMLENS_NODE_VERSION from the npm registry"
    mkdir -p "$dir" &&
      npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-$arch@$TERMLENS_NODE_VERSION" >/dev/null ||
      { echo "installing node-linux-$arch@$TERMLENS_NODE_VERSION failed" >&2; return 1; }
  fi
  export PATH="$bin:$PATH"
  termlens_node_ok || { echo "$bin/node does not run" >&2; return 1; }
  echo "using node $(node --version) from $bin (npm $(npm --version))"
}
