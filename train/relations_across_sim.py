"""Session 16 simulation (no Rust needed beyond the across patch's dumps): the across block of
relations_across_fit.py also taking the candidates only the resolver's own anaphor reading proposes
(features 69 set, no pattern, no sentence pair, no document source), with their dense features and an
indicator as link. Prints the out-of-fold candidate-level F1 of corpus train (and eval/news-train with
the argument `news`) per C, weighting and block threshold, with how many block candidates are kept
and right. Figures: models/RELATIONS.md, Session 16.

    cd train && python3 relations_across_sim.py [news]      # reads out/s16/{train,news,dev,check}.jsonl
"""
import json, numpy as np, onnx, sys
from onnx import numpy_helper
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
sys.path.insert(0,'.')
from relations_train import keep, decision
m=onnx.load('../models/relations.onnx'); a={t.name:numpy_helper.to_array(t) for t in m.graph.initializer}
w=a['W'].ravel().astype(float); b=float(a['b'][0])
def load(name):
    rows=[json.loads(l) for l in open(f"out/s16/{name}.jsonl")]
    g=sum(r.get("gold",0) for r in rows)
    rows=[r for r in rows if r.get("features")]
    X=np.array([r["features"] for r in rows]); y=np.array([r["label"] for r in rows])
    pb=1/(1+np.exp(-(X[:,:326]@w+b)))
    acr=X[:,396]>0
    ana=(X[:,69]>0)&(X[:,11]==0)&(X[:,17]==0)&(X[:,18]==0)&(X[:,19]==0)&(X[:,20]==0)&~acr
    blk=acr|ana
    # block features: dense 0..70 (from wherever they sit) + link feats (zeros for primary) + primary flag
    D=np.where(acr[:,None], X[:,326:396], X[:,:70])
    L=X[:,396:422].copy(); L[ana,0]=1.0
    prim=ana.astype(float)[:,None]
    F=np.hstack([D,L,prim])
    return dict(rows=rows,X=X,y=y,g=g,pb=pb,blk=blk,F=F,ana=ana,acr=acr,grp=np.array([r["article"] for r in rows]))
S={n:load(n) for n in ["train","news","dev","check"]}
def f1(s,p,t=0.275):
    d=decision(s["X"],p); k=keep(s["rows"],d,t); tp=int(s["y"][k].sum()); pr=tp/len(k) if k else 0; rc=tp/s["g"]
    kb=[i for i in k if s["blk"][i]]
    return 2*pr*rc/(pr+rc) if pr+rc else 0, len(kb), int(s["y"][kb].sum())
for n,s in S.items(): print(n,"base",f1(s,s["pb"]), "block", s["blk"].sum(), s["y"][s["blk"]].sum())
tr=["train","news"] if "news" in sys.argv[1:] else ["train"]
F=np.vstack([S[n]["F"] for n in tr]); y=np.concatenate([S[n]["y"] for n in tr]); blk=np.concatenate([S[n]["blk"] for n in tr])
grp=np.concatenate([S[n]["grp"] for n in tr]); part=np.concatenate([[n]*len(S[n]["y"]) for n in tr])
ib=np.where(blk)[0]
for C in [0.03,0.1,0.3,1.0]:
  for cw in [None,"balanced"]:
    p=np.zeros(len(y))
    for a_,b_ in GroupKFold(5).split(ib,y[ib],grp[ib]):
        p[ib[b_]]=LogisticRegression(C=C,max_iter=5000,class_weight=cw).fit(F[ib[a_]],y[ib[a_]]).predict_proba(F[ib[b_]])[:,1]
    for t in [0.3,0.4,0.5,0.6,0.7,0.8,0.9]:
        out=[]
        for n in tr:
            s=S[n]; sel=part==n
            q=np.clip(p[sel],1e-9,1-1e-9); sc=1/(1+np.exp(-(np.log(q/(1-q))+np.log(.275/.725)-np.log(t/(1-t)))))
            out.append((n,)+tuple(round(v,4) if isinstance(v,float) else v for v in f1(s,np.where(s["blk"],sc,s["pb"]))))
        print(C,cw,t,out)
