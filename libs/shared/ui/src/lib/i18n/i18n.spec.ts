import { TestBed } from '@angular/core/testing';
import { commonEn, commonNl } from './common-texts';
import { defineTranslations, fillIn } from './dictionary';
import { I18n, LANG_STORAGE_KEY } from './i18n';

describe(I18n.name, () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'wd_lang=; path=/; max-age=0';
    TestBed.resetTestingModule();
  });

  it('has the same keys in the Dutch and English common dictionaries', () => {
    expect(Object.keys(commonEn).sort()).toEqual(Object.keys(commonNl).sort());
    for (const text of Object.values(commonEn)) expect(text.trim()).not.toBe('');
  });

  it('starts in Dutch and sets <html lang> and the wd_lang cookie', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.lang()).toBe('nl');
    expect(i18n.t('shell.skipLink')).toBe('Naar de inhoud');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.cookie).toContain('wd_lang=nl');
  });

  it('switches language: texts, <html lang>, cookie and localStorage follow', () => {
    const i18n = TestBed.inject(I18n);
    i18n.setLang('en');
    expect(i18n.t('shell.skipLink')).toBe('Skip to content');
    expect(document.documentElement.lang).toBe('en');
    expect(document.cookie).toContain('wd_lang=en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('remembers the language chosen earlier', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18n).lang()).toBe('en');
  });

  it('fills in parameters', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.t('pager.position', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(i18n.t('form.minLength', { min: 10 })).toBe('Dit is te kort: minstens 10 tekens.');
  });

  it('keeps an unknown placeholder and returns an unknown key as itself', () => {
    expect(fillIn('Hoi {name}, {unknown}', { name: 'Jan' })).toBe('Hoi Jan, {unknown}');
    expect(TestBed.inject(I18n).t('no.such.key')).toBe('no.such.key');
  });

  it('picks the singular or plural form', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register(defineTranslations({ 'x.found.one': '1 ding', 'x.found.other': '{count} dingen' }, { 'x.found.one': '1 thing', 'x.found.other': '{count} things' }));
    expect(i18n.plural('x.found', 1)).toBe('1 ding');
    expect(i18n.plural('x.found', 3)).toBe('3 dingen');
    i18n.setLang('en');
    expect(i18n.plural('x.found', 0)).toBe('0 things');
  });

  it('adds the texts a domain registers and falls back to Dutch when an English text is missing at run time', () => {
    const i18n = TestBed.inject(I18n);
    i18n.register({ nl: { 'demo.only.nl': 'Alleen Nederlands' }, en: {} });
    i18n.setLang('en');
    expect(i18n.t('demo.only.nl')).toBe('Alleen Nederlands');
  });

  it('picks the English side of an editor text, or the Dutch one when the English is empty', () => {
    const i18n = TestBed.inject(I18n);
    i18n.setLang('en');
    expect(i18n.pick({ nl: 'Groen', en: 'Green' })).toBe('Green');
    expect(i18n.pick({ nl: 'Groen', en: '' })).toBe('Groen');
  });

  it('formats days, instants and euros in the neighbourhood\'s time zone and the chosen language', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.formatDate('2027-03-01')).toBe('1 maart 2027');
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(i18n.formatDate('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027');
    expect(i18n.formatEuros(2500)).toBe('€\u00a02.500');
    expect(i18n.formatEuros(12.5)).toBe('€\u00a012,50');
    i18n.setLang('en');
    expect(i18n.formatDate('2027-03-01')).toBe('1 March 2027');
    expect(i18n.formatEuros(2500)).toBe('€2,500');
  });

  it('gives the day in words and the clock time in Amsterdam, in winter and in summer', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.formatDay('2027-01-27T18:30:00.000Z')).toBe('woensdag 27 januari 2027');
    expect(i18n.formatTime('2027-01-27T18:30:00.000Z')).toBe('19:30');
    expect(i18n.formatTime('2027-07-28T17:30:00.000Z')).toBe('19:30');
    i18n.setLang('en');
    expect(i18n.formatDay('2027-01-27T18:30:00.000Z')).toBe('Wednesday, 27 January 2027');
  });
});
