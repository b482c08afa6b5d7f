#!/usr/bin/env python3
"""Reproduce the holdout12 selection from /work/shared/unlabeled.

Usage: python3 select.py [--write]   (prints the draw; --write rewrites manifest.json and articles/)
"""
import glob, gzip, json, os, random, re, sys

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'shared')
SEED = 1212
N_RANDOM = 10
N_PROJECT = 6
# Candidates from the project draw that were read and rejected (no single project as FORMAT.md
# defines one). Filled in by hand while selecting; see README.md.
SKIP = {
    'antms-CNN/economy/CN-economy-273-20180906.txt': "business digest; 'مشروع مشترك' is a joint venture (company) for several unnamed oil fields; ports/fuel stations only as existing facilities",
    'antv1-society/JA-society-803-20170419.txt': 'head word only inside فسدّد; crime report',
    'antms-SkyNews/middleEast/SK-middleEast-2499-20180620.txt': 'Hodeidah airport/port only as existing places in a military report',
    'antv1-localNews/JA-localNews-4266-20170504.txt': "protesters' demand to upgrade a local hospital; no undertaking reported",
    'antv1-localNews/JA-localNews-723-20170204.txt': 'port only as existing place',
    'antms-SkyNews/sport/SK-sport-2708-20180912.txt': 'عن طريق (by means of) only',
    'antms-CNN/economy/CN-economy-216-20180817.txt': 'مشروع قانون (bill); refinery only as an existing asset bought',
    'antms-SkyNews/sport/SK-sport-721-20180415.txt': 'الطريق figurative',
    'antv1-localNews/JA-localNews-4610-20170517.txt': 'مشروع ميثاق (draft charter)',
    'snn-2015-08-09-321': "'المشروع العلاجي' is a municipal incentive scheme, no facility, budget or timetable",
    'antv1-society/JA-society-273-20170211.txt': 'hospital only as existing place',
    'antms-SkyNews/economy/SK-economy-794-20180616.txt': 'Doraleh terminal: existing facility in a legal dispute over its seizure, no undertaking reported',
    'antms-Alarabia/economy/AL-economy-328-20180327.txt': 'الطريق figurative',
    'snn-2015-07-25-548': 'خارطة طريق (roadmap)',
    'snn-2015-07-31-1007': 'metro only as generic public transport',
    'snn-2015-08-01-507': 'historic pilgrim roads/ports, heritage article, no project',
    'antms-France24/internationalNews/FR-internationalNews-1368-20180521.txt': 'المشروع الأوروبي (European project, political); لسد (to close)',
    'antv1-localNews/JA-localNews-4110-20170525.txt': 'لسد الشغورات (to fill vacancies)',
    'snn-2015-08-08-93': "'مشروع ليلى' is a band",
    'antms-Alarabia/internationalNews/AL-internationalNews-1831-20180708.txt': 'port only as existing place',
    'antms-BBC/technology/BB-technology-177-20180430.txt': 'عن طريق only',
    'antms-BBC/internationalNews/BB-internationalNews-131-20180311.txt': 'unnamed airfield as place',
    'antms-SkyNews/technology/SK-technology-1609-20181011.txt': 'space station / cosmodrome only as existing places',
    'snn-2015-08-07-367': 'عن طريق only',
    'antv1-society/JA-society-398-20160126.txt': 'hospital only as existing place',
    'antms-Alarabia/internationalNews/AL-internationalNews-741-20180401.txt': 'unnamed airport as place',
    'snn-2015-08-09-118': 'الطريق figurative',
    'snn-2015-07-24-1268': 'hospital only as existing place',
    'antms-France24/internationalNews/FR-internationalNews-976-20180428.txt': 'Riyadh airport only as existing place',
    'snn-2015-07-24-530': 'عن طريق only',
    'antv1-economy/JA-economy-54-20161215.txt': 'road only as place of a protest',
    'antv1-localNews/JA-localNews-4223-20170509.txt': 'مشروع قانون (bill)',
    'snn-2015-07-25-109': 'hospital only as existing place',
    'antms-France24/internationalNews/FR-internationalNews-2373-20180718.txt': 'مشروع قانون (bill)',
    'antms-SkyNews/technology/SK-technology-486-20180423.txt': 'الطريق figurative',
}

HEAD = re.compile(r'(?<![\u0621-\u064A])(?:[وفبلك]?(?:ال)?|لل)(?:محطة|مشروع|ميناء|مطار|سد|طريق|جسر|مستشفى|مصنع|خط سكة|سكة حديد|مصفاة|قطار|مترو|نفق)(?![\u0621-\u064A])')
FIG = re.compile(r'[0-9\u0660-\u0669]')


def load():
    excl = set(l.strip() for l in open('/tmp/s39/sample3k.ids', encoding='utf-8') if l.strip())
    corpus = set()
    for p in glob.glob(os.path.join(SHARED, 'corpus', '*.txt')):
        corpus.add(open(p, encoding='utf-8').read().strip())
    recs = []
    for p in sorted(glob.glob(os.path.join(SHARED, 'unlabeled', '*.jsonl.gz'))):
        with gzip.open(p, 'rt', encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                r['_file'] = os.path.basename(p)
                if r['id'] in excl:
                    continue
                t = r['text']
                if t.strip() in corpus:
                    continue
                if len(t) < 800 or len(t) > 6000:
                    continue
                recs.append(r)
    return recs


def main():
    recs = load()
    print('pool', len(recs), file=sys.stderr)
    rng = random.Random(SEED)
    rng.shuffle(recs)
    rand = recs[:N_RANDOM]
    rest = recs[N_RANDOM:]
    rng.shuffle(rest)
    proj, skipped = [], []
    for r in rest:
        if len(proj) == N_PROJECT:
            break
        if HEAD.search(r['text']) and FIG.search(r['text']):
            if r['id'] in SKIP:
                skipped.append((r['id'], SKIP[r['id']]))
                continue
            proj.append(r)
    chosen = [('random', r) for r in rand] + [('project', r) for r in proj]
    out = []
    for i, (how, r) in enumerate(chosen, 1):
        outlet = re.sub(r'[^A-Za-z0-9]+', '', r['outlet']).lower() or 'x'
        name = 'h12-%02d-%s' % (i, outlet)
        out.append({'name': name, 'article': name + '.txt', 'draw': how, 'id': r['id'],
                    'source_file': r['_file'], 'outlet': r['outlet'], 'date': r['date'],
                    'title': r['title'], 'url': r['url'], 'chars': len(r['text'])})
        print(name, how, r['id'], len(r['text']), r['title'][:70])
    for s in skipped:
        print('skipped', *s)
    if '--write' in sys.argv:
        base = os.path.dirname(os.path.abspath(__file__))
        os.makedirs(os.path.join(base, 'articles'), exist_ok=True)
        byid = {r['id']: r for _, r in chosen}
        for m in out:
            with open(os.path.join(base, 'articles', m['article']), 'w', encoding='utf-8', newline='') as f:
                f.write(byid[m['id']]['text'])
        with open(os.path.join(base, 'manifest.json'), 'w', encoding='utf-8') as f:
            json.dump({'seed': SEED, 'pool_size': len(recs), 'n_random': N_RANDOM, 'n_project': N_PROJECT,
                       'skipped': [{'id': a, 'reason': b} for a, b in skipped], 'articles': out},
                      f, ensure_ascii=False, indent=1)
    return proj


if __name__ == '__main__':
    main()
