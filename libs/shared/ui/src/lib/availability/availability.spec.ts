import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Availability, watchAvailability } from './availability';

describe(Availability.name, () => {
  it('turns unavailable on a 503 and back on the next answer that works, not on another 5xx', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([watchAvailability])), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);
    const availability = TestBed.inject(Availability);
    const call = (status: number) => {
      http.get('/api/projects').subscribe({ error: () => undefined });
      backend.expectOne('/api/projects').flush({}, { status, statusText: String(status) });
    };
    expect(availability.unavailable()).toBe(false);
    call(503);
    expect(availability.unavailable()).toBe(true);
    call(500);
    expect(availability.unavailable()).toBe(true);
    call(404);
    expect(availability.unavailable()).toBe(false);
    call(503);
    call(200);
    expect(availability.unavailable()).toBe(false);
  });
});
