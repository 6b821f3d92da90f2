import { expect, Locator, Page } from '@playwright/test';

/** Presses `key` until `target` has focus, as a keyboard user would; fails when it is not reached in `maxPresses`. */
export async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab', maxPresses = 40): Promise<number> {
  await expect(target).toBeAttached();
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${key} did not reach ${target} within ${maxPresses} presses`);
}
