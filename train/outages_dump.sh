#!/usr/bin/env bash
# usage: train/outages_dump.sh [DIR]: dumps the three outage models' features as the current Rust code computes them (train/out, ignored)
set -eu
B=${B:-$CARGO_TARGET_DIR/release/newskg}
O=${1:-train/out/outages}
mkdir -p $O
D=train/data
for kind in prov det tm; do
  case $kind in
    prov) args="--outages rules --output outage-features"; env="";;
    det)  args="--outage-detection rules --output outage-detection-features"; env="";;
    tm)   args="--output outage-time-features"; env="NEWSKG_OUTAGE_TIMES=rules";;
  esac
  env $env $B extract $args eval/corpus/train/ > $O/$kind-train.jsonl
  env $env $B extract $args eval/corpus/dev/ > $O/$kind-dev.jsonl
  env $env $B extract $args eval/news-train/ > $O/$kind-nt.jsonl
  for f in invented detect_invented news_invented times_invented; do
    env $env $B extract $args - < $D/outages_$f.jsonl > $O/$kind-$f.jsonl
  done
done
wc -l $O/*
