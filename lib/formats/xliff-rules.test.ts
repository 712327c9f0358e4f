import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from './xliff-rule-list';
import { validateXliff } from './xliff';
import { utf8 } from './test-data';

// One valid and one invalid document per rule, written by us (Arabic and Farsi targets where the
// rule is about content). The invalid one must break that rule and no other.
const NS =
  'xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" ' +
  'xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" ' +
  'xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:res="urn:oasis:names:tc:xliff:resourcedata:2.0" ' +
  'xmlns:ctr="urn:oasis:names:tc:xliff:changetracking:2.0" xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" ' +
  'xmlns:val="urn:oasis:names:tc:xliff:validation:2.0" xmlns:its="http://www.w3.org/2005/11/its" xmlns:x="urn:example:ext"';

/** A document around `files`; `root` adds or overrides attributes of <xliff>. */
const X = (files: string, root = 'version="2.1" srcLang="en" trgLang="ar"') => `<xliff ${NS} ${root}>${files}</xliff>`;
/** A document with one file holding `fileHead` (before the unit) and one unit holding `unit`. */
const U = (unit: string, fileHead = '', unitAttrs = '') => X(`<file id="f">${fileHead}<unit id="u"${unitAttrs}>${unit}</unit></file>`);
/** A segment with a source and, when given, a target. */
const S = (source: string, target?: string, attrs = '') => `<segment${attrs}><source>${source}</source>${target !== undefined ? `<target>${target}</target>` : ''}</segment>`;
const DATA = '<originalData><data id="d1">&lt;br/&gt;</data></originalData>';
const SLR = '<slr:profiles generalProfile="xliff:codepoints" storageProfile="xliff:utf8"/>';
const NOTE = '<notes><note id="n1">منظمة بدر</note></notes>';
const R1 = '<ph id="1" canReorder="firstNo" canCopy="no" canDelete="no"/>';
const R2 = '<ph id="2" canReorder="no" canCopy="no" canDelete="no"/>';
const CTR = (revisions: string) => `<ctr:changeTrack>${revisions}</ctr:changeTrack>${NOTE}${S('Badr', 'بدر')}`;

const CASES: Record<RuleId, [valid: string, invalid: string]> = {
  'core.xliff.namespace': [U(S('Qods Force', 'فيلق القدس')), '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>'],
  'core.xliff.version': [X('<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file>', 'version="2.0" srcLang="en"'), X('<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file>', 'version="3.0" srcLang="en"')],
  'core.lang.syntax': [X(`<file id="f"><unit id="u">${S('a')}</unit></file>`, 'version="2.1" srcLang="en-US"'), X(`<file id="f"><unit id="u">${S('a')}</unit></file>`, 'version="2.1" srcLang="e"')],
  'core.xmlSpace.value': [U(S('a'), '', ' xml:space="preserve"'), U(S('a'), '', ' xml:space="keep"')],
  'core.element.allowed': [U(`<x:meta/>${S('a')}`), U('<segment><source>a</source><x:meta/></segment>')],
  'core.element.order': [U(`<notes><note>ملاحظة</note></notes>${S('a')}`), U(`${S('a')}<notes><note>ملاحظة</note></notes>`)],
  'core.element.required': [U(`<ignorable><source> </source></ignorable>${S('a')}`), U('<ignorable><source> </source></ignorable>')],
  'core.element.text': [U(S('a <ph id="1"/>')), U(S('a <ph id="1">b</ph>'))],
  'core.attribute.allowed': [U(S('a', undefined, ' canResegment="no"')), U(S('a', undefined, ' translate="no"'))],
  'core.attribute.required': [X(`<file id="f"><group id="g"><unit id="u">${S('a')}</unit></group></file>`), X(`<file id="f"><group><unit id="u">${S('a')}</unit></group></file>`)],
  'core.attribute.value': [U(S('a', 'ا', ' state="final"')), U(S('a', 'ا', ' state="done"'))],
  'core.id.syntax': [X(`<file id="f"><unit id="u-1">${S('a')}</unit></file>`), X(`<file id="f"><unit id="/1">${S('a')}</unit></file>`)],
  'core.id.unique': [U(S('a', undefined, ' id="s1"') + S('b', undefined, ' id="s2"')), U(S('a', undefined, ' id="s1"') + S('b', undefined, ' id="s1"'))],
  'core.id.target': [U(S('a<ph id="1"/>', 'ا<ph id="1"/>')), U(S('a<ph id="1"/>', 'ا<pc id="1">ب</pc>'))],
  'core.id.extension': [U(`<x:t id="k1"/><x:t id="k2"/>${S('a')}`), U(`<x:t id="k1"/><x:t id="k1"/>${S('a')}`)],
  'core.skeleton.content': [X(`<file id="f"><skeleton href="doc.skl"/><unit id="u">${S('a')}</unit></file>`), X(`<file id="f"><skeleton/><unit id="u">${S('a')}</unit></file>`)],
  'core.trgLang.required': [X(`<file id="f"><unit id="u">${S('a')}</unit></file>`, 'version="2.1" srcLang="en"'), X(`<file id="f"><unit id="u">${S('a', 'ا')}</unit></file>`, 'version="2.1" srcLang="en"')],
  'core.source.lang': [U('<segment><source xml:lang="en-GB">a</source></segment>'), U('<segment><source xml:lang="fr">a</source></segment>')],
  'core.target.lang': [U('<segment><source>Qods</source><target xml:lang="ar-IQ">القدس</target></segment>'), U('<segment><source>Qods</source><target xml:lang="fa">نیروی‌قدس</target></segment>')],
  'core.target.xmlSpace': [U('<segment><source xml:space="preserve">a </source><target xml:space="preserve">ا </target></segment>'), U('<segment><source xml:space="preserve">a </source><target>ا </target></segment>')],
  'core.target.order': [
    U('<segment><source>a</source><target order="2">ب</target></segment><segment><source>b</source><target order="1">ا</target></segment>'),
    U('<segment><source>a</source><target order="3">ب</target></segment><segment><source>b</source><target order="1">ا</target></segment>'),
  ],
  'core.state.target': [U(S('a', undefined, ' state="initial"')), U(S('a', undefined, ' state="translated"'))],
  'core.subState.state': [U(S('a', undefined, ' state="initial" subState="tj:draft"')), U(S('a', undefined, ' subState="tj:draft"'))],
  'core.type.value': [U(S('<pc id="1" type="fmt">a</pc>')), U(S('<pc id="1" type="bold">a</pc>'))],
  'core.subType.type': [U(S('a<ph id="1" type="fmt" subType="xlf:lb"/>')), U(S('a<ph id="1" subType="xlf:lb"/>'))],
  'core.subType.value': [U(S('a<ph id="1" type="ui" subType="xlf:var"/>')), U(S('a<ph id="1" type="ui" subType="xlf:lb"/>'))],
  'core.cp.hex': [U(S('a<cp hex="0007"/>')), U(S('a<cp hex="110000"/>'))],
  'core.cp.char': [U(S('a<cp hex="FFFE"/>')), U(S('a<cp hex="0041"/>'))],
  'core.dataRef.resolve': [U(DATA + S('a<ph id="1" dataRef="d1"/>')), U(DATA + S('a<ph id="1" dataRef="d9"/>'))],
  'core.pc.pair': [U(DATA + S('<pc id="1" dataRefStart="d1" dataRefEnd="d1">a</pc>')), U(DATA + S('<pc id="1" dataRefStart="d1">a</pc>'))],
  'core.copyOf.resolve': [U(S('<ph id="1"/>a', '<ph id="1"/>ا<ph id="2" copyOf="1"/>')), U(S('<ph id="1"/>a', '<ph id="1"/>ا<ph id="2" copyOf="7"/>'))],
  'core.copyOf.originalData': [U(S('<ph id="1"/>a', '<ph id="1"/>ا<ph id="2" copyOf="1"/>')), U(DATA + S('<ph id="1" dataRef="d1"/>a', '<ph id="1" dataRef="d1"/>ا<ph id="2" copyOf="1"/>'))],
  'core.copyOf.canCopy': [U(S('<ph id="1"/>a', '<ph id="1"/>ا<ph id="2" copyOf="1"/>')), U(S('<ph id="1" canCopy="no"/>a', '<ph id="1" canCopy="no"/>ا<ph id="2" copyOf="1"/>'))],
  'core.canReorder.copyDelete': [U(S('<ph id="1" canReorder="firstNo" canCopy="no" canDelete="no"/>a')), U(S('<ph id="1" canReorder="firstNo"/>a'))],
  'core.canReorder.sequence': [
    U(S('<ph id="1" canReorder="firstNo" canCopy="no" canDelete="no"/><ph id="2" canReorder="no" canCopy="no" canDelete="no"/>a')),
    U(S('<ph id="1"/><ph id="2" canReorder="no" canCopy="no" canDelete="no"/>a')),
  ],
  'core.canReorder.target': [
    U(S(`${R1}${R2}Qods`, `قدس${R1}${R2}`)),
    U(S(`${R1}${R2}Qods`, `${R1}<ph id="3" canReorder="firstNo" canCopy="no" canDelete="no"/>قدس${R2}`)),
  ],
  'core.canDelete.target': [U(S('Badr<ph id="1" canDelete="no"/>', 'بدر<ph id="1" canDelete="no"/>')), U(S('Badr<ph id="1" canDelete="no"/>', 'بدر'))],
  'core.sc-ec.hints': [U(S('<sc id="1" canCopy="no"/>a<ec startRef="1" canCopy="no"/>')), U(S('<sc id="1" canCopy="no"/>a<ec startRef="1"/>'))],
  'core.pc-sc.mapping': [
    U(S('<pc id="1" canDelete="no">a</pc>', '<sc id="1" canDelete="no" canOverlap="no"/>ا<ec startRef="1" canDelete="no" canOverlap="no"/>')),
    U(S('<pc id="1" canDelete="no">a</pc>', '<sc id="1" canOverlap="no"/>ا<ec startRef="1" canOverlap="no"/>')),
  ],
  'core.sc.isolated': [U(S('<sc id="1" isolated="yes"/>a')), U(S('<sc id="1"/>a'))],
  'core.ec.isolated': [U(S('a<ec id="1" isolated="yes"/>')), U(S('a<ec id="1"/>'))],
  'core.ec.startRef': [U(S('<sc id="1"/>a<ec startRef="1"/>')), U(S('a<ec startRef="1"/>'))],
  'core.sm.em': [U(S('<sm id="m" translate="no"/>a<em startRef="m"/>')), U(S('<sm id="m" translate="no"/>a'))],
  'core.annotation.translate': [U(S('<mrk id="m" translate="no">Hezbollah</mrk>')), U(S('<mrk id="m">Hezbollah</mrk>'))],
  'core.annotation.comment': [U(NOTE + S('<mrk id="m" type="comment" ref="#n=n1">Badr</mrk>')), U(NOTE + S('<mrk id="m" type="comment" ref="#n=n9">Badr</mrk>'))],
  'core.annotation.mtc': [U(S('<mrk id="m" type="mtc:match">a</mrk>')), U(S('<mrk id="m" type="mtc:match" ref="#m">a</mrk>'))],
  'core.subFlows.resolve': [
    X(`<file id="f"><unit id="u2">${S('alt text')}</unit><unit id="u">${S('a<ph id="1" subFlows="u2"/>')}</unit></file>`),
    X(`<file id="f"><unit id="u2">${S('alt text')}</unit><unit id="u">${S('a<ph id="1" subFlows="u2, u3"/>')}</unit></file>`),
  ],
  'core.fragid.syntax': [U(S('<mrk id="m" type="term" ref="#/f=f/u=u/m">a</mrk>')), U(S('<mrk id="m" type="term" ref="#/">a</mrk>'))],
  'core.fragid.prefix': [U(S('<mrk id="m" type="term" ref="#gls=g1">a</mrk>')), U(S('<mrk id="m" type="term" ref="#zz=g1">a</mrk>'))],
  'core.fragid.unique': [U(S('<mrk id="m" type="term" ref="#f=f/u=u">a</mrk>')), U(S('<mrk id="m" type="term" ref="#f=f/f=f">a</mrk>'))],
  'core.fragid.order': [U(S('<mrk id="m" type="term" ref="#f=f/u=u/m">a</mrk>')), U(S('<mrk id="m" type="term" ref="#u=u/f=f/m">a</mrk>'))],
  'core.fragid.leaf': [U(S('<mrk id="m" type="term" ref="#u=u/n=n1">a</mrk>')), U(S('<mrk id="m" type="term" ref="#n=n1/u=u">a</mrk>'))],
  'mod.placement': [U(`<gls:glossary><gls:glossEntry><gls:term>Badr</gls:term><gls:translation>بدر</gls:translation></gls:glossEntry></gls:glossary>${S('a')}`), X(`<file id="f"><gls:glossary><gls:glossEntry><gls:term>Badr</gls:term><gls:translation>بدر</gls:translation></gls:glossEntry></gls:glossary><unit id="u">${S('a')}</unit></file>`)],
  'mod.attribute.allowed': [U(S('<pc id="1" fs:fs="b">a</pc>')), U(S('<pc id="1" fs:style="b">a</pc>'))],
  'mod.mtc.id': [U(`<mtc:matches><mtc:match id="c1" ref="#s"><source>a</source><target>ا</target></mtc:match><mtc:match id="c2" ref="#s"><source>a</source><target>أ</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`), U(`<mtc:matches><mtc:match id="c1" ref="#s"><source>a</source><target>ا</target></mtc:match><mtc:match id="c1" ref="#s"><source>a</source><target>أ</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`)],
  'mod.mtc.xmlLang': [U(`<mtc:matches><mtc:match ref="#s"><source>a</source><target xml:lang="ar">ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`), U(`<mtc:matches><mtc:match ref="#s" xml:lang="ar"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`)],
  'mod.mtc.ref': [U(`<mtc:matches><mtc:match ref="#t=m"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('<mrk id="m" type="term">a</mrk>', '<mrk id="m" type="term">ا</mrk>')}`), U(`<mtc:matches><mtc:match ref="#u"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`)],
  'mod.mtc.type': [U(`<mtc:matches><mtc:match ref="#s" type="tm" subType="tj:house"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`), U(`<mtc:matches><mtc:match ref="#s" type="memory"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`)],
  'mod.mtc.value': [U(`<mtc:matches><mtc:match ref="#s" similarity="99.5" reference="no"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`), U(`<mtc:matches><mtc:match ref="#s" similarity="101"><source>a</source><target>ا</target></mtc:match></mtc:matches>${S('a', undefined, ' id="s"')}`)],
  'mod.gls.content': [U(`<gls:glossary><gls:glossEntry><gls:term>Qods Force</gls:term><gls:definition>IRGC unit</gls:definition></gls:glossEntry></gls:glossary>${S('a')}`), U(`<gls:glossary><gls:glossEntry><gls:term>Qods Force</gls:term></gls:glossEntry></gls:glossary>${S('a')}`)],
  'mod.gls.id': [U(`<gls:glossary><gls:glossEntry id="g1"><gls:term>Qods</gls:term><gls:translation id="g2">قدس</gls:translation></gls:glossEntry></gls:glossary>${S('a')}`), U(`<gls:glossary><gls:glossEntry id="g1"><gls:term>Qods</gls:term><gls:translation id="g1">قدس</gls:translation></gls:glossEntry></gls:glossary>${S('a')}`)],
  'mod.gls.ref': [U(`<gls:glossary><gls:glossEntry ref="#m"><gls:term>Qods</gls:term><gls:translation>نیروی‌قدس</gls:translation></gls:glossEntry></gls:glossary>${S('<mrk id="m" type="term">Qods</mrk>')}`), U(`<gls:glossary><gls:glossEntry ref="#m9"><gls:term>Qods</gls:term><gls:translation>نیروی‌قدس</gls:translation></gls:glossEntry></gls:glossary>${S('<mrk id="m" type="term">Qods</mrk>')}`)],
  'mod.fs.value': [U(S('<pc id="1" fs:fs="strong">a</pc>')), U(S('<pc id="1" fs:fs="blink">a</pc>'))],
  'mod.fs.subFs': [U(S('a<ph id="1" fs:fs="img" fs:subFs="src,c:\\\\img\\\\a.png\\alt,one\\, two"/>')), U(S('a<ph id="1" fs:subFs="src,a.png"/>'))],
  'mod.fs.ec': [U(S('a<ec id="1" isolated="yes" fs:fs="b"/>')), U(S('<sc id="1" fs:fs="b"/>a<ec startRef="1" fs:fs="b"/>'))],
  'mod.mda.id': [U(`<mda:metadata id="md"><mda:metaGroup id="g"><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`), U(`<mda:metadata id="md"><mda:metaGroup id="md"><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`)],
  'mod.mda.content': [U(`<mda:metadata><mda:metaGroup><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`), U(`<mda:metadata><mda:metaGroup><mda:meta>v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`)],
  'mod.mda.appliesTo': [U(`<mda:metadata><mda:metaGroup appliesTo="target"><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`), U(`<mda:metadata><mda:metaGroup appliesTo="notes"><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>${S('a')}`)],
  'mod.res.id': [U(`<res:resourceData><res:resourceItem id="r1" mimeType="image/png"><res:source href="a.png"/></res:resourceItem><res:resourceItem id="r2" mimeType="image/png"><res:source href="b.png"/></res:resourceItem></res:resourceData>${S('a')}`), U(`<res:resourceData><res:resourceItem id="r1" mimeType="image/png"><res:source href="a.png"/></res:resourceItem><res:resourceItem id="r1" mimeType="image/png"><res:source href="b.png"/></res:resourceItem></res:resourceData>${S('a')}`)],
  'mod.res.content': [U(`<res:resourceData><res:resourceItem mimeType="image/png"><res:source href="a.png"/></res:resourceItem></res:resourceData>${S('a')}`), U(`<res:resourceData><res:resourceItem mimeType="image/png"><res:source href="a.png">alt</res:source></res:resourceItem></res:resourceData>${S('a')}`)],
  'mod.res.lang': [U(`<res:resourceData><res:resourceItem mimeType="image/png"><res:source xml:lang="en" href="a.png"/></res:resourceItem></res:resourceData>${S('a')}`), U(`<res:resourceData><res:resourceItem mimeType="image/png"><res:source xml:lang="fr" href="a.png"/></res:resourceItem></res:resourceData>${S('a')}`)],
  'mod.res.value': [U(`<res:resourceData><res:resourceItem mimeType="image/png" context="yes"><res:source href="a.png"/></res:resourceItem></res:resourceData>${S('a')}`), U(`<res:resourceData><res:resourceItem mimeType="image/png" context="maybe"><res:source href="a.png"/></res:resourceItem></res:resourceData>${S('a')}`)],
  'mod.ctr.content': [U(CTR('<ctr:revisions appliesTo="source"><ctr:revision><ctr:item property="content">Bader</ctr:item></ctr:revision></ctr:revisions>')), U(CTR('<ctr:revisions><ctr:revision><ctr:item property="content">Bader</ctr:item></ctr:revision></ctr:revisions>'))],
  'mod.ctr.ref': [U(CTR('<ctr:revisions appliesTo="note" ref="n1"><ctr:revision><ctr:item property="content">منظمه بدر</ctr:item></ctr:revision></ctr:revisions>')), U(CTR('<ctr:revisions appliesTo="note" ref="n9"><ctr:revision><ctr:item property="content">منظمه بدر</ctr:item></ctr:revision></ctr:revisions>'))],
  'mod.ctr.property': [U(CTR('<ctr:revisions appliesTo="note" ref="n1"><ctr:revision><ctr:item property="id">n0</ctr:item></ctr:revision></ctr:revisions>')), U(CTR('<ctr:revisions appliesTo="note" ref="n1"><ctr:revision><ctr:item property="priority">1</ctr:item></ctr:revision></ctr:revisions>'))],
  'mod.slr.restriction': [U(S('a'), SLR, ' slr:sizeRestriction="5,*"'), U(S('a'), SLR, ' slr:sizeRestriction="ten"')],
  'mod.slr.integer': [U(S('a<ph id="1" slr:equivStorage="2"/>'), SLR), U(S('a<ph id="1" slr:equivStorage="2.5"/>'), SLR)],
  'mod.slr.ec': [U(S('<sc id="1" slr:equivStorage="3"/>a<ec startRef="1"/>'), SLR), U(S('<sc id="1"/>a<ec startRef="1" slr:equivStorage="3"/>'), SLR)],
  'mod.slr.sizeInfo': [U(S('a'), `${SLR}<slr:data profile="x:box"><x:size id="s1">4</x:size></slr:data>`, ' slr:sizeInfoRef="s1"'), U(S('a'), `${SLR}<slr:data profile="x:box"><x:size id="s1">4</x:size></slr:data>`, ' slr:sizeInfo="1" slr:sizeInfoRef="s1"')],
  'mod.slr.sizeInfoRef': [U(S('a'), `${SLR}<slr:data profile="x:box"><x:size id="s1">4</x:size></slr:data>`, ' slr:sizeInfoRef="s1"'), U(S('a'), `${SLR}<slr:data profile="x:box"><x:size id="s1">4</x:size></slr:data>`, ' slr:sizeInfoRef="s2"')],
  'mod.slr.content': [U(S('a'), '<slr:profiles generalProfile="xliff:codepoints"><slr:normalization general="nfc"/></slr:profiles>'), U(S('a'), '<slr:profiles generalProfile="xliff:codepoints"><slr:normalization general="nfkc"/></slr:profiles>')],
  'mod.val.rule': [U(`<val:validation><val:rule isPresent="بدر"/></val:validation>${S('Badr', 'بدر')}`), U(`<val:validation><val:rule isPresent="بدر" endsWith="ر"/></val:validation>${S('Badr', 'بدر')}`)],
  'mod.val.occurs': [U(`<val:validation><val:rule isPresent="بدر" occurs="1"/></val:validation>${S('Badr', 'بدر')}`), U(`<val:validation><val:rule isPresent="بدر" occurs="0"/></val:validation>${S('Badr', 'بدر')}`)],
  'mod.val.existsInSource': [U(`<val:validation><val:rule startsWith="Ba" existsInSource="yes"/></val:validation>${S('Badr', 'Badr')}`), U(`<val:validation><val:rule isNotPresent="Ba" existsInSource="yes"/></val:validation>${S('Badr', 'Badr')}`)],
  'mod.val.value': [U(`<val:validation><val:rule isPresent="بدر" caseSensitive="no" normalization="nfc"/></val:validation>${S('Badr', 'بدر')}`), U(`<val:validation><val:rule isPresent="بدر" caseSensitive="false"/></val:validation>${S('Badr', 'بدر')}`)],
  'mod.val.disabled': [U(`<val:validation><val:rule isPresent="x" disabled="yes"/></val:validation>${S('a')}`, '<val:validation><val:rule isPresent="x"/></val:validation>'), U(S('a'), '<val:validation><val:rule isPresent="x" disabled="yes"/></val:validation>')],
  'mod.val.content': [U(`<val:validation><val:rule isPresent="x"/></val:validation>${S('a')}`), U(`<val:validation/>${S('a')}`)],
  'mod.its.type': [U(S('<mrk id="m" type="its:generic" its:taClassRef="http://nerd.eurecom.fr/ontology#Organization">Kataib Hezbollah</mrk>')), U(S('<mrk id="m" type="term" its:taClassRef="http://nerd.eurecom.fr/ontology#Organization">Kataib Hezbollah</mrk>'))],
  'mod.its.pairs': [U(S('<mrk id="m" type="its:generic" its:taSource="Wikidata" its:taIdent="Q1">Badr</mrk>')), U(S('<mrk id="m" type="its:generic" its:taSource="Wikidata">Badr</mrk>'))],
  'mod.its.value': [U(S('<mrk id="m" type="its:generic" its:mtConfidence="0.8">Badr</mrk>')), U(S('<mrk id="m" type="its:generic" its:mtConfidence="1.5">Badr</mrk>'))],
};

describe('XLIFF 2.1 rules: each one has a document that keeps it and one that breaks only it', () => {
  it('covers every rule of the registry', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });
  it.each(Object.entries(CASES))('%s', (rule, [valid, invalid]) => {
    const ok = validateXliff(utf8(valid));
    expect(ok.errors).toEqual([]);
    expect(ok.valid).toBe(true);
    const bad = validateXliff(utf8(invalid));
    expect(bad.valid).toBe(false);
    expect([...new Set(bad.errors.map((e) => e.rule))]).toEqual([rule]);
    expect(bad.errors[0]!.line).toBe(1);
    expect(bad.rulesChecked).toContain(rule);
  });
});

describe('the validation report', () => {
  it('lists core rules, and module rules only for the modules the document uses', () => {
    const plain = validateXliff(utf8(U(S('Qods Force', 'فيلق القدس'))));
    expect(plain.rulesChecked).toContain('core.canReorder.sequence');
    expect(plain.rulesChecked.some((r) => r.startsWith('mod.'))).toBe(false);
    expect(plain.modulesNotValidated).toEqual([]);
    const withGlossary = validateXliff(utf8(CASES['mod.gls.content'][0]));
    expect(withGlossary.rulesChecked).toEqual(expect.arrayContaining(['mod.gls.content', 'mod.placement']));
    expect(withGlossary.rulesChecked).not.toContain('mod.mtc.ref');
  });
  it('names the namespaces it saw but has no rules for, and never calls them valid silently', () => {
    const doc = U(`<x:meta id="k"/><y:data xmlns:y="urn:example:other"/>${S('Badr', 'بدر')}`);
    const result = validateXliff(utf8(doc));
    expect(result.valid).toBe(true);
    expect(result.modulesNotValidated).toEqual(['urn:example:ext', 'urn:example:other']);
  });
  it('checks ITS attributes but lists the ITS namespace as not validated when the document has ITS elements', () => {
    const its = 'http://www.w3.org/2005/11/its';
    const attrsOnly = validateXliff(utf8(U(S('<mrk id="m" type="its:generic" its:mtConfidence="0.8">فيلق القدس</mrk>'))));
    const standoff = U(`<its:locQualityIssues xml:id="q1"><its:locQualityIssue locQualityIssueType="terminology"/></its:locQualityIssues>${S('Badr', 'بدر')}`);
    const withElements = validateXliff(utf8(standoff));
    expect(withElements.valid).toBe(true);
    expect(withElements.modulesNotValidated).toEqual([its]);
    expect(attrsOnly.modulesNotValidated).toEqual([]);
    expect(attrsOnly.rulesChecked).toContain('mod.its.value');
  });
  it('reports every violation in document order, up to maxErrors', () => {
    const units = Array.from({ length: 5 }, (_, i) => `<unit id="u${i}"><segment state="done"><source>a</source></segment></unit>`).join('');
    const all = validateXliff(utf8(X(`<file id="f">${units}</file>`)));
    expect(all.errors.map((e) => e.rule)).toEqual(Array(5).fill('core.attribute.value'));
    expect(all).toMatchObject({ valid: false, rule: 'core.attribute.value', line: 1 });
    expect(validateXliff(utf8(X(`<file id="f">${units}</file>`)), { maxErrors: 2 }).errors).toHaveLength(2);
  });
  it('gives malformed XML as the one error, with its line', () => {
    const result = validateXliff(utf8('<xliff>\n<file>\n</xliff>'));
    expect(result).toMatchObject({ valid: false, rule: 'xml-malformed', line: 3, rulesChecked: [], modulesNotValidated: [] });
    expect(result.errors).toHaveLength(1);
  });
  it('resolves relative fragment identifiers from the enclosing unit, and absolute ones from the file', () => {
    const notes = '<notes><note id="n1">file</note></notes>';
    const comment = (ref: string) => X(`<file id="f">${notes}<unit id="u">${NOTE}${S(`<mrk id="m" type="comment" ref="${ref}">Badr</mrk>`)}</unit></file>`);
    expect(validateXliff(utf8(comment('#n=n1'))).valid).toBe(true);
    expect(validateXliff(utf8(comment('#/f=f/u=u/n=n1'))).valid).toBe(true);
    // "#f=f/n=n1" names the file's note: a comment must point to a note of its own unit.
    expect(validateXliff(utf8(comment('#f=f/n=n1'))).errors.map((e) => e.rule)).toEqual(['core.annotation.comment']);
    // "#n1" names a segment or inline element, not a note.
    expect(validateXliff(utf8(comment('#n1'))).errors.map((e) => e.rule)).toEqual(['core.annotation.comment']);
  });
});
