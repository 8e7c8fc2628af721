import { describe, expect, it } from 'vitest';
import { stemLatvianQuery, stemLatvianWord } from '../../src/search/latvian-stemmer';

describe('Latvian stemmer', () => {
  it('brings the case forms of a noun to one stem', () => {
    const forms = ['atļauja', 'atļaujas', 'atļauju', 'atļaujai', 'atļaujā', 'atļaujām'];
    expect(new Set(forms.map(stemLatvianWord))).toEqual(new Set(['atļauj']));
  });

  it('works the same on words typed without diacritics', () => {
    expect(stemLatvianWord('atlaujas')).toBe('atlauj');
    expect(stemLatvianQuery('uzturesanas atlauja')).toBe('uzturesan atlauj');
  });

  it('undoes the consonant change of some endings', () => {
    expect(stemLatvianWord('brāļi')).toBe('brāl');
    expect(stemLatvianWord('zivju')).toBe('ziv');
  });

  it('leaves short words alone', () => {
    expect(stemLatvianWord('un')).toBe('un');
    expect(stemLatvianWord('par')).toBe('par');
  });

  it('stems every word of a query and drops punctuation', () => {
    expect(stemLatvianQuery('Valodas kursi, bērniem!')).toBe('valod kurs bērn');
  });
});
