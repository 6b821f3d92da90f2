import { HttpErrorResponse, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { tap } from 'rxjs';

/**
 * Whether the API said it cannot reach its database (503). The shell then shows one calm "try again in a moment"
 * message instead of every page failing in its own words; the next answer that works clears it.
 */
@Injectable({ providedIn: 'root' })
export class Availability {
  private readonly down = signal(false);

  readonly unavailable = this.down.asReadonly();

  /** Called for every API answer by {@link watchAvailability}. */
  answered(status: number): void {
    if (status === 503) this.down.set(true);
    else if (status > 0 && status < 500) this.down.set(false);
  }
}

/** HTTP interceptor that tells {@link Availability} what each API call answered. */
export const watchAvailability: HttpInterceptorFn = (request, next) => {
  const availability = inject(Availability);
  return next(request).pipe(
    tap({
      next: (event) => {
        if (event instanceof HttpResponse) availability.answered(event.status);
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse) availability.answered(error.status);
      },
    }),
  );
};
