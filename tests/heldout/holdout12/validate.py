#!/usr/bin/env python3
"""Check holdout12 gold files against FORMAT.md conventions and their articles."""
import glob, json, os, re, sys

BASE = os.path.dirname(os.path.abspath(__file__))
TOP = {'article', 'note', 'meta', 'figures', 'entities', 'projects'}
META = {'title', 'published', 'site', 'author', 'language'}
FIG = {'context', 'text', 'kind', 'value', 'value_max', 'unit', 'qualifier', 'optional', 'note'}
KINDS = {'power', 'energy', 'money', 'percent', 'temperature', 'voltage', 'length', 'area', 'volume',
         'mass', 'speed', 'quantity', 'count', 'year', 'year_range', 'date', 'duration', 'multiplier', 'ordinal'}
QUAL = {'approx', 'at_most', 'at_least', 'since', 'by', 'until'}
NEEDS_UNIT = {'power', 'energy', 'money', 'percent', 'temperature', 'voltage', 'length', 'area', 'volume',
              'mass', 'speed', 'quantity', 'duration'}
NO_UNIT = {'count', 'year', 'year_range', 'date', 'multiplier', 'ordinal'}
ENT = {'type', 'key', 'names', 'optional', 'note'}
ETYPES = {'COUNTRY', 'REGION', 'CITY', 'LOCATION', 'ORG', 'PERSON', 'EVENT'}
PROJ = {'anchor', 'mentions', 'type', 'country', 'places', 'year', 'year_end', 'capacity_mw', 'capacity_mw_max',
        'cost_usd', 'cost', 'currency', 'partners', 'optional', 'note'}


def check(path):
    errs = []
    g = json.load(open(path, encoding='utf-8'))
    e = lambda m: errs.append('%s: %s' % (os.path.basename(path), m))
    for k in g:
        if k not in TOP:
            e('unknown top key %s' % k)
    art = os.path.join(BASE, 'articles', g.get('article', ''))
    if not os.path.exists(art) or os.path.basename(path) != g['article'][:-4] + '.gold.json':
        e('article file mismatch %s' % g.get('article'))
        return errs
    text = open(art, encoding='utf-8').read()
    for k in g['meta']:
        if k not in META:
            e('unknown meta key %s' % k)
    pub = g['meta'].get('published')
    if pub is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', pub):
        e('bad published %r' % pub)

    def span(s, where):
        c, t = s.get('context'), s.get('text')
        if not isinstance(c, str) or not isinstance(t, str) or not t:
            e('%s: missing context/text' % where); return
        n = text.count(c)
        if n != 1:
            e('%s: context occurs %d times: %r' % (where, n, c))
        if t not in c:
            e('%s: text %r not in context %r' % (where, t, c))

    for i, f in enumerate(g['figures']):
        w = 'figure %d %r' % (i, f.get('text'))
        for k in f:
            if k not in FIG:
                e('%s: unknown key %s' % (w, k))
        span(f, w)
        k = f.get('kind')
        if k not in KINDS:
            e('%s: bad kind %r' % (w, k))
        if 'qualifier' in f and f['qualifier'] not in QUAL:
            e('%s: bad qualifier %r' % (w, f['qualifier']))
        if k in NEEDS_UNIT and not f.get('unit'):
            e('%s: needs unit' % w)
        if k in NO_UNIT and 'unit' in f:
            e('%s: kind %s takes no unit' % (w, k))
        v = f.get('value')
        if k == 'date':
            for vv in [v, f.get('value_max')]:
                if vv is not None and not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', str(vv)):
                    e('%s: bad date %r' % (w, vv))
        elif not isinstance(v, (int, float)):
            e('%s: value not a number' % w)
        if 'optional' in f and f['optional'] is not True:
            e('%s: optional must be true' % w)
    seen = {}
    for i, en in enumerate(g['entities']):
        w = 'entity %d %r' % (i, en.get('names'))
        for k in en:
            if k not in ENT:
                e('%s: unknown key %s' % (w, k))
        if en.get('type') not in ETYPES:
            e('%s: bad type' % w)
        if en.get('type') == 'COUNTRY':
            if not re.fullmatch(r'[A-Z]{2}', en.get('key', '')):
                e('%s: COUNTRY needs ISO key' % w)
        elif 'key' in en:
            e('%s: key only for COUNTRY' % w)
        if not en.get('names'):
            e('%s: no names' % w)
        for n in en.get('names', []):
            if n not in text:
                e('%s: name %r not in article' % (w, n))
            if n in seen:
                e('%s: name %r also in entity %d' % (w, n, seen[n]))
            seen[n] = i
    keys = [en['key'] for en in g['entities'] if en.get('type') == 'COUNTRY']
    if len(keys) != len(set(keys)):
        e('duplicate COUNTRY key')
    for i, p in enumerate(g['projects']):
        w = 'project %d' % i
        for k in p:
            if k not in PROJ:
                e('%s: unknown key %s' % (w, k))
        span(p.get('anchor', {}), w + ' anchor')
        for j, m in enumerate(p.get('mentions', [])):
            span(m, '%s mention %d' % (w, j))
        if not p.get('type'):
            e('%s: no type' % w)
        if 'country' in p and p['country'] not in keys:
            e('%s: country %s not among entities' % (w, p['country']))
        for n in p.get('places', []) + p.get('partners', []):
            if n not in seen:
                e('%s: place/partner %r is not an entity name' % (w, n))
        if 'cost' in p and 'currency' not in p:
            e('%s: cost without currency' % w)
    return errs


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(BASE, 'gold', '*.gold.json')))
    allerr = []
    tot = dict(articles=0, figures=0, figures_opt=0, entities=0, entities_opt=0, projects=0, projects_opt=0)
    for p in files:
        allerr += check(p)
        g = json.load(open(p, encoding='utf-8'))
        tot['articles'] += 1
        for k in ('figures', 'entities', 'projects'):
            tot[k] += sum(1 for x in g[k] if not x.get('optional'))
            tot[k + '_opt'] += sum(1 for x in g[k] if x.get('optional'))
    for x in allerr:
        print(x)
    print('OK' if not allerr else '%d problems' % len(allerr), tot)
    return 1 if allerr else 0


if __name__ == '__main__':
    sys.exit(main())
