// ical.js 1.x ships no types; the tests use a few of its calls (parse, Component, Event, TimezoneService).
declare module 'ical.js';
