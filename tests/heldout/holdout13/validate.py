#!/usr/bin/env python3
"""Validate holdout13 gold files against shared/gold/FORMAT.md conventions.
Errors: context not exactly once in the article, text not inside context, bad keys/kinds/types.
Warnings: entity names not verbatim in the article (clitic-stripped forms are allowed)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'power','energy','money','percent','temperature','voltage','length','area','volume','mass','speed',
         'quantity','count','year','year_range','date','duration','multiplier','ordinal'}
QUAL = {'approx','at_most','at_least','since','by','until'}
ETYPES = {'COUNTRY','REGION','CITY','LOCATION','ORG','PERSON','EVENT'}
FIG_KEYS = {'context','text','kind','value','value_max','unit','qualifier','optional','note'}
ENT_KEYS = {'type','key','names','optional'}
PROJ_KEYS = {'anchor','mentions','type','country','places','year','year_end','capacity_mw','capacity_mw_max',
             'cost_usd','cost','currency','partners','optional','note'}
META_KEYS = {'title','published','site','author','language'}
UNITS = {'power':{'MW'},'energy':{'MWh'},'percent':{'%'},'temperature':{'°C'},'voltage':{'kV'},
         'length':{'km'},'area':{'km2'},'volume':{'m3','m3/day','m3/year'},'mass':{'t','t/day','t/year'},'speed':{'km/h'}}
DUR = {'year','month','week','day','hour','minute'}

def span(errs, t, obj, where):
    c, x = obj.get('context'), obj.get('text')
    if not isinstance(c, str) or not isinstance(x, str) or not x:
        errs.append(f'{where}: missing context/text'); return
    n = t.count(c)
    if n != 1: errs.append(f'{where}: context occurs {n} times: {c[:60]!r}')
    if x not in c: errs.append(f'{where}: text not in context: {x!r}')

def check(gp):
    errs, warns = [], []
    g = json.load(open(gp, encoding='utf-8'))
    art = os.path.join(HERE, 'articles', g.get('article', ''))
    if not os.path.exists(art): return [f'article missing: {g.get("article")}'], []
    t = open(art, encoding='utf-8').read()
    if set(g) - {'article','note','meta','figures','entities','projects'}: errs.append(f'top keys {set(g)}')
    m = g.get('meta', {})
    if set(m) - META_KEYS: errs.append(f'meta keys {set(m)-META_KEYS}')
    if 'published' in m and not re.fullmatch(r'\d{4}-\d\d-\d\d', m['published']): errs.append('meta.published format')
    for i, f in enumerate(g.get('figures', [])):
        w = f'figure {i} {f.get("text")!r}'
        span(errs, t, f, w)
        if set(f) - FIG_KEYS: errs.append(f'{w}: keys {set(f)-FIG_KEYS}')
        k = f.get('kind')
        if k not in KINDS: errs.append(f'{w}: kind {k}')
        if 'qualifier' in f and f['qualifier'] not in QUAL: errs.append(f'{w}: qualifier')
        if 'optional' in f and f['optional'] is not True: errs.append(f'{w}: optional must be true')
        v = f.get('value')
        if k == 'date':
            if not (isinstance(v, str) and re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', v)): errs.append(f'{w}: date value')
        elif not isinstance(v, (int, float)) or isinstance(v, bool): errs.append(f'{w}: value not a number')
        if k in UNITS and f.get('unit') not in UNITS[k]: errs.append(f'{w}: unit {f.get("unit")} for {k}')
        if k == 'money' and not re.fullmatch(r'[A-Z]{3}', f.get('unit', '')): errs.append(f'{w}: money unit')
        if k == 'duration' and f.get('unit') not in DUR: errs.append(f'{w}: duration unit')
        if k == 'quantity' and not f.get('unit'): errs.append(f'{w}: quantity unit')
        if k in ('count','year','year_range','ordinal','multiplier') and 'unit' in f: errs.append(f'{w}: unexpected unit')
        if k == 'year_range' and 'value_max' not in f: errs.append(f'{w}: year_range without value_max')
    allnames = set()
    for i, e in enumerate(g.get('entities', [])):
        w = f'entity {i} {e.get("names")}'
        if set(e) - ENT_KEYS: errs.append(f'{w}: keys')
        if e.get('type') not in ETYPES: errs.append(f'{w}: type')
        if e.get('type') == 'COUNTRY' and not re.fullmatch(r'[A-Z]{2}', e.get('key', '')): errs.append(f'{w}: ISO key')
        if e.get('type') != 'COUNTRY' and 'key' in e: errs.append(f'{w}: key on non-country')
        if not e.get('names'): errs.append(f'{w}: no names')
        if 'optional' in e and e['optional'] is not True: errs.append(f'{w}: optional must be true')
        for n in e.get('names', []):
            allnames.add(n)
            if n not in t: warns.append(f'{w}: name not verbatim {n!r}')
    for i, p in enumerate(g.get('projects', [])):
        w = f'project {i} {p.get("anchor",{}).get("text")!r}'
        if set(p) - PROJ_KEYS: errs.append(f'{w}: keys {set(p)-PROJ_KEYS}')
        span(errs, t, p.get('anchor', {}), w + ' anchor')
        for j, mm in enumerate(p.get('mentions', [])): span(errs, t, mm, f'{w} mention {j}')
        if not isinstance(p.get('type'), str): errs.append(f'{w}: type')
        if 'country' in p and not re.fullmatch(r'[A-Z]{2}', p['country']): errs.append(f'{w}: country')
        if 'cost' in p and 'currency' not in p: errs.append(f'{w}: cost without currency')
        if 'optional' in p and p['optional'] is not True: errs.append(f'{w}: optional must be true')
        for k in ('places', 'partners'):
            for n in p.get(k, []):
                if n not in allnames: warns.append(f'{w}: {k} {n!r} is not an entity name')
    return errs, warns

def main():
    files = sorted(glob.glob(os.path.join(HERE, 'gold', '*.gold.json')))
    man = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
    names = {a['name'] for a in man['articles']}
    bad = 0
    for a in sorted(names):
        if not os.path.exists(os.path.join(HERE, 'gold', a.replace('.txt', '.gold.json'))):
            print('MISSING gold for', a); bad += 1
    for gp in files:
        errs, warns = check(gp)
        for e in errs: print('ERROR', os.path.basename(gp), e)
        if '-v' in sys.argv:
            for w_ in warns: print('warn ', os.path.basename(gp), w_)
        bad += len(errs)
    print(f'{len(files)} gold files, {bad} errors')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
