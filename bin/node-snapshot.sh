#!/bin/sh
# `node <node flags> <entry.js> <args>`, started from the start-up snapshot made for that entry
# (dist/snapshot/<entry>.blob, tools/build/build-snapshot.mjs) when there is one for this node and these
# flags: node refuses a snapshot made by another version or with other V8 flags, so that is checked here
# first. Otherwise, or with no snapshot at all, plain node. (The snapshot checks the rest itself: that no
# file it was made from changed since.)
flags=
for arg in "$@"; do
  case $arg in
    -*) flags="$flags $arg" ;;
    *) entry=${arg##*/}; break ;;
  esac
done
snapshot=dist/snapshot/${entry%.js}
# With a DISCORD_TOKEN (in the environment or .env), npm start runs the Discord bot, which loads its modules and
# builds engines the normal way: started from the snapshot, its process would also hold a heap it never uses.
if [ "$entry" = main.js ] && { [ -n "$DISCORD_TOKEN" ] || { [ -f .env ] && grep -q DISCORD_TOKEN .env; }; }; then
  exec node "$@"
fi
if [ -f "$snapshot.blob" ] && [ -f "$snapshot.node" ]; then
  read -r built < "$snapshot.node"
  if [ "$built" = "$(node --version)$flags" ]; then
    exec node --snapshot-blob "$snapshot.blob" "$@"
  fi
fi
exec node "$@"
