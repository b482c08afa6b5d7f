#!/usr/bin/env python3
"""Reproduce the holdout13 draw: 15 articles reporting concrete development projects.

Usage: python3 select.py            -> prints the candidate order (first N candidates)
       python3 select.py --write    -> writes manifest.json and articles/ from DECISIONS
"""
import glob, gzip, json, os, random, re, sys

SEED = 1313
HERE = os.path.dirname(os.path.abspath(__file__))
H12_IDS = '/tmp/s39/a13/h12.ids'   # ids of /work/holdout12/manifest.json, extracted with python3 -c (articles + skipped)

HEADS = ['محطة', 'مشروع', 'ميناء', 'مطار', 'سد', 'طريق', 'جسر', 'مستشفى', 'مصنع',
         'سكة حديد', 'السكك الحديدية', 'سكة الحديد', 'مصفاة', 'قطار', 'مترو', 'نفق', 'مدينة صناعية',
         'محطة تحلية', 'خط أنابيب', 'أنبوب', 'منجم', 'مرفأ', 'محطات', 'مشاريع']
# a head word as a word (optionally with a proclitic and the article), not inside another word
HEAD_RE = re.compile(r'(?:^|[^\u0621-\u064A])(?:[وفبلك]{0,2}(?:ال)?)(?:' + '|'.join(map(re.escape, HEADS)) + r')(?:[^\u0621-\u064A]|ة|$)')
DIGIT_RE = re.compile(r'[0-9\u0660-\u0669]')

# Reading decisions, in candidate order: id -> None (accepted) or skip reason.
DECISIONS = {
 "antms-CNN/middleEast/CN-middleEast-733-20180426.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-25-352": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-09-1195": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-1922-20180524.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/internationalNews/BB-internationalNews-805-20180713.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-08-369": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/sport/AL-sport-1504-20180510.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-CNN/middleEast/CN-middleEast-538-20180409.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-1446-20150512.txt": "'مشروع اتفاق' = draft agreement",
 "antms-SkyNews/middleEast/SK-middleEast-226-20180311.txt": None,
 "snn-2015-07-21-2926": "organised boat trips from an existing marina (مرسى الحافة); no build/upgrade undertaking singled out",
 "snn-2015-07-26-374": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/economy/AL-economy-812-20180612.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-03-1044": None,
 "antms-SkyNews/middleEast/SK-middleEast-3383-20180814.txt": "only plural/generic counts of restored schools and hospitals in Syria",
 "snn-2015-08-02-1228": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/sport/AL-sport-35-20180216.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-1780-20170225.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-24-127": None,
 "antms-SkyNews/sport/SK-sport-1629-20180614.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-diverse/JA-diverse-261-20170412.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-4578-20150628.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-2660-20180629.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/internationalNews/SK-internationalNews-2831-20180801.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-3471-20180819.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-21-2904": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/technology/SK-technology-1125-20180718.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-09-11": None,
 "snn-2015-08-03-489": "'المشروع القومي للطرق' named in passing as an example, no budget, target or timetable of its own; rest is macro investment figures",
 "snn-2015-07-21-498": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/technology/SK-technology-166-20180315.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-31-2015": "a scouting initiative, not infrastructure",
 "snn-2015-07-31-1006": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-04-280": "tourism facilities (cable car, resorts) described as operating; only a stone theatre built inside a resort, not infrastructure",
 "snn-2015-08-10-1055": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-42-20180224.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-3719-20181003.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-378-12092016.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/culture/BB-culture-323-20181004.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-24-161": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-1454-20170218.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-656-20170203.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-10-463": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-354-20180317.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-1685-20180514.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/culture/BB-culture-325-20181006.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/sport/SK-sport-1417-20180601.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-1638": "government lending funds' loan totals; no facility or programme singled out",
 "snn-2015-08-01-187": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-21-2413": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-internationalNews/JA-internationalNews-343-20161122.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-2506-20160905.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-23-1062": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-1749-20180516.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-France24/internationalNews/FR-internationalNews-1496-20180528.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-04-671": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-07-753": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/sport/SK-sport-1910-20180628.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/culture/AL-culture-416-20180526.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-1667-20180514.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-1223-20180424.txt": None,
 "antms-SkyNews/internationalNews/SK-internationalNews-26-20180218.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-CNN/middleEast/CN-middleEast-1383-20181001.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-26-461": "existing power station named as the site of an air strike",
 "antms-France24/middleEast/FR-middleEast-382-20180430.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-999": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/internationalNews/BB-internationalNews-931-20180806.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/internationalNews/AL-internationalNews-1859-20180706.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/sport/SK-sport-2744-20181004.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-26-26": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/middleEast/BB-middleEast-554-20180531.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-1170": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-localNews/JA-localNews-1602-20170222.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/economy/BB-economy-67-20180314.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/technology/SK-technology-271-20180328.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/sport/AL-sport-2026-20180618.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-diverse/JA-diverse-359-20170515.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/economy/AL-economy-303-20180325.txt": None,
 "antms-SkyNews/middleEast/SK-middleEast-740-20180402.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/economy/AL-economy-171-20180305.txt": None,
 "antms-France24/middleEast/FR-middleEast-673-20180624.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-06-27": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/technology/BB-technology-87-20180317.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-10-597": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-France24/internationalNews/FR-internationalNews-1987-20180624.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-06-1883": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-04-676": None,
 "snn-2015-07-24-731": "charity relief project, no facility",
 "snn-2015-07-31-1562": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-politic/JA-politic-85-09062016.txt": "'مشروع قانون' = draft law",
 "antms-SkyNews/internationalNews/SK-internationalNews-1059-20180420.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-31-1481": None,
 "snn-2015-08-06-2132": None,
 "antms-SkyNews/internationalNews/SK-internationalNews-2898-20180808.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-1815": None,
 "antms-SkyNews/middleEast/SK-middleEast-3552-20180907.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/technology/BB-technology-376-20180829.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-society/JA-society-714-20161103.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-03-1025": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-23-208": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-3639-20180911.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-02-17": None,
 "antms-SkyNews/middleEast/SK-middleEast-611-20180327.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/technology/SK-technology-732-20180522.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-31-1217": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-01-1038": "a youth training event (مدينة شباب 2030), not infrastructure",
 "antms-Alarabia/culture/AL-culture-52-20130722.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/technology/AL-technology-154-20180409.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-06-2514": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-21-2768": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-31-886": "existing hospital and a referral programme with no budget/target/timetable",
 "antms-SkyNews/technology/SK-technology-693-20180517.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-09-973": "a draft regulation (مشروع تنظيم), not a project",
 "antms-France24/internationalNews/FR-internationalNews-990-20180429.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antv1-economy/JA-economy-293-20170531.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/internationalNews/SK-internationalNews-1319-20180502.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-SkyNews/middleEast/SK-middleEast-2975-20180718.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-CNN/economy/CN-economy-78-20180407.txt": None,
 "antms-France24/internationalNews/FR-internationalNews-2673-20180811.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-1450": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-France24/middleEast/FR-middleEast-381-20180429.txt": None,
 "antv1-localNews/JA-localNews-345-20170130.txt": "'مشروع قانون' = draft law",
 "snn-2015-08-04-801": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-08-07-803": "a charity fund donation, not a facility or programme with a build target",
 "antms-BBC/middleEast/BB-middleEast-425-20180429.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-Alarabia/sport/AL-sport-2060-20180620.txt": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-22-152": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "antms-BBC/technology/BB-technology-313-20180712.txt": "a company's R&D project (self-driving car), not infrastructure",
 "antms-France24/internationalNews/FR-internationalNews-550-20180321.txt": "'مشروع' = a Senate resolution",
 "snn-2015-08-10-1239": "head word used in another sense, or an existing facility named only as a place; no project singled out",
 "snn-2015-07-31-50": None
}


def records():
    for f in sorted(glob.glob('/work/shared/unlabeled/*.jsonl.gz')):
        src = os.path.basename(f).replace('.jsonl.gz', '')
        with gzip.open(f, 'rt', encoding='utf-8') as fh:
            for line in fh:
                r = json.loads(line)
                r['source'] = src
                yield r


def pool():
    drop = set(open('/tmp/s39/sample3k.ids', encoding='utf-8').read().split())
    drop |= set(open(H12_IDS, encoding='utf-8').read().split())
    corpus = set()
    for f in glob.glob('/work/shared/corpus/*.txt'):
        corpus.add(open(f, encoding='utf-8').read().strip())
    out = []
    for r in records():
        t = r['text']
        if r['id'] in drop or t.strip() in corpus:
            continue
        if len(t) < 800 or len(t) > 6000:
            continue
        out.append(r)
    out.sort(key=lambda r: (r['source'], r['id']))
    random.Random(SEED).shuffle(out)
    return out


def candidates(recs):
    for r in recs:
        t = r['text']
        if HEAD_RE.search(t) and DIGIT_RE.search(t):
            yield r


def main():
    recs = pool()
    print('pool', len(recs), file=sys.stderr)
    if '--write' not in sys.argv:
        n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
        for i, r in zip(range(n), candidates(recs)):
            print(i, r['id'], r['outlet'], len(r['text']), r['title'][:80].replace('\n', ' '))
        return
    arts, skipped = [], []
    for r in candidates(recs):
        if len(arts) == 15:
            break
        if r['id'] not in DECISIONS:
            sys.exit('undecided candidate ' + r['id'])
        why = DECISIONS[r['id']]
        if why:
            skipped.append({'id': r['id'], 'outlet': r['outlet'], 'title': r['title'], 'reason': why})
            continue
        outlet = re.sub(r'[^a-z0-9]+', '', r['outlet'].lower()) or r['source']
        name = 'h13-%02d-%s.txt' % (len(arts) + 1, outlet)
        with open(os.path.join(HERE, 'articles', name), 'w', encoding='utf-8', newline='') as fh:
            fh.write(r['text'])
        arts.append({'name': name, 'id': r['id'], 'source': r['source'], 'outlet': r['outlet'],
                     'date': r['date'], 'title': r['title'], 'url': r['url']})
    json.dump({'seed': SEED, 'pool_size': len(recs), 'articles': arts, 'skipped': skipped},
              open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(arts), 'articles', len(skipped), 'skipped')


if __name__ == '__main__':
    main()
