import { expect, type Locator, type Page } from '@playwright/test';
import { advanceTo, finish, selectInEstate, simSeconds } from './testClock';

/** A reference solution's line: a command at a simulated second. */
export interface ScriptLine {
  atSeconds: number;
  command: { type: string } & Record<string, unknown>;
}

const str = (c: ScriptLine['command'], k: string): string => {
  const v = c[k];
  if (typeof v !== 'string') throw new Error(`${c.type}: field ${k} is not text`);
  return v;
};
const num = (c: ScriptLine['command'], k: string): number | undefined => (typeof c[k] === 'number' ? (c[k] as number) : undefined);

/**
 * Plays commands through the UI only, as a player would: select the thing in the estate list, press
 * the action's button (or its key), answer the confirmation, fill the form. Each command type has a
 * routine here; a level whose reference uses a command with no routine fails by name, so a new
 * control gets its routine (and so its e2e proof) when a level starts to need it. The test hook
 * only fast-forwards the clock (a patient player waiting), never dispatches.
 */
export class UiPlayer {
  constructor(private readonly page: Page) {}

  now = (): Promise<number> => simSeconds(this.page);
  advanceTo = (tick: number): Promise<void> => advanceTo(this.page, tick);
  finish = async (): Promise<void> => void (await finish(this.page));

  private async select(kind: string, id: string): Promise<void> {
    await selectInEstate(this.page, kind, id);
    await expect(this.page.locator(`.estate-item[data-kind="${kind}"][data-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page.locator('.feedback')).toHaveText('');
  }

  /** The action button for `type` in the context panel whose label matches. */
  private action(type: string, label?: RegExp): Locator {
    const buttons = this.page.locator(`.context button[data-action="${type}"]`);
    return label ? buttons.filter({ hasText: label }) : buttons.first();
  }

  private async press(type: string, label?: RegExp): Promise<void> {
    await this.action(type, label).click();
    const confirm = this.page.getByRole('button', { name: 'Yes, do it' });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await this.done();
  }

  private async done(): Promise<void> {
    const feedback = this.page.locator('.feedback');
    await expect(feedback).toHaveText(/: (done|refused:.*|cancelled)\.$/);
    const text = (await feedback.textContent()) ?? '';
    if (!text.endsWith(': done.')) throw new Error(`the UI did not do it: "${text}"`);
  }

  /** Opens the action's form, sets the given fields by their labels, submits. */
  private async form(type: string, label: RegExp, fill: (dialog: Locator) => Promise<void>): Promise<void> {
    await this.action(type, label).click();
    const dialog = this.page.locator('dialog.form-dialog[open]');
    await expect(dialog).toBeVisible();
    await fill(dialog);
    const submit = dialog.locator('button[type="submit"]');
    await expect(submit, `${type}: ${(await dialog.getByRole('status').textContent()) ?? ''}`).toBeEnabled();
    await submit.click();
    await expect(dialog).toHaveCount(0);
    await this.done();
  }

  async play(c: ScriptLine['command']): Promise<void> {
    const choose = (d: Locator, name: string, value: string) => d.locator(`select[name="${name}"]`).selectOption(value);
    const count = (d: Locator, name: string, value: number | undefined) => (value === undefined ? Promise.resolve() : d.locator(`input[name="${name}"]`).fill(String(value)));
    switch (c.type) {
      case 'instance.start':
      case 'instance.stop':
      case 'instance.reboot':
      case 'instance.terminate':
      case 'loadBalancer.attach':
      case 'loadBalancer.detach':
        await this.select('instance', str(c, 'instanceId'));
        return this.press(c.type);
      case 'instance.resize':
        await this.select('instance', str(c, 'instanceId'));
        return this.press(c.type, new RegExp(`^Resize to ${str(c, 'instanceType').replace('.', '\\.')}`));
      case 'instance.launch':
        await this.select('zone', str(c, 'zoneId'));
        if ((c.purchase ?? 'onDemand') === 'onDemand' && c.tenancy === undefined) return this.press(c.type, new RegExp(`^Launch ${str(c, 'instanceType').replace('.', '\\.')}`));
        return this.form(c.type, /^Launch…/, async (d) => {
          await choose(d, 'type', str(c, 'instanceType'));
          await choose(d, 'purchase', str(c, 'purchase'));
          await choose(d, 'loadBalancer', typeof c.loadBalancerId === 'string' ? c.loadBalancerId : '');
        });
      case 'loadBalancer.configure': {
        await this.select('loadBalancer', str(c, 'loadBalancerId'));
        const which = c.sticky !== undefined ? /^Sticky sessions/ : c.crossZone !== undefined ? /^Cross-zone/ : /health checks/;
        return this.press(c.type, which);
      }
      case 'session.setMode':
        await this.select('service', 'service');
        return this.press(c.type);
      case 'scalingGroup.create':
        await this.select('region', str(c, 'regionId'));
        return this.form(c.type, /^Create Auto Scaling group…/, async (d) => {
          const zones = c.zoneIds as string[];
          for (const box of await d.locator('input[type="checkbox"][name="zones"]').all()) await box.setChecked(zones.includes((await box.getAttribute('value')) ?? ''));
          await choose(d, 'type', str(c, 'instanceType'));
          await choose(d, 'purchase', typeof c.purchase === 'string' ? c.purchase : 'onDemand');
          await count(d, 'max', num(c, 'max'));
          await count(d, 'min', num(c, 'min'));
          await count(d, 'desired', num(c, 'desired'));
          await choose(d, 'loadBalancer', typeof c.loadBalancerId === 'string' ? c.loadBalancerId : '');
          if (typeof c.healthCheckType === 'string') await choose(d, 'healthCheck', c.healthCheckType);
        });
      case 'scalingGroup.configure':
        await this.select('scalingGroup', str(c, 'scalingGroupId'));
        return this.form(c.type, /^Set group size…/, async (d) => {
          await count(d, 'max', num(c, 'max'));
          await count(d, 'min', num(c, 'min'));
          await count(d, 'desired', num(c, 'desired'));
        });
      case 'scalingGroup.setPolicy':
        await this.select('scalingGroup', str(c, 'scalingGroupId'));
        return this.press(c.type, c.metric === 'none' ? /^Remove target tracking/ : new RegExp(`^Target tracking: CPU ${num(c, 'target')} %`));
      case 'scalingGroup.schedule': {
        await this.select('scalingGroup', str(c, 'scalingGroupId'));
        // The form takes whole minutes ahead: a player wanting 02:45:30 waits the odd seconds first
        // (the action only fires at its time, so setting it a little later changes nothing).
        const ahead = num(c, 'atSeconds')! - (await this.now());
        await this.advanceTo((await this.now()) + (ahead % 60));
        const minutes = Math.floor(ahead / 60);
        return this.form(c.type, /^Schedule a change…/, async (d) => {
          await count(d, 'inMinutes', minutes);
          await count(d, 'max', num(c, 'max'));
          await count(d, 'min', num(c, 'min'));
          await count(d, 'desired', num(c, 'desired'));
        });
      }
      case 'database.enableMultiAz':
      case 'database.enableBackups':
      case 'database.failOver':
      case 'database.snapshot':
      case 'database.restore':
        await this.select('database', str(c, 'databaseId'));
        return this.press(c.type);
      case 'database.addReadReplica':
        await this.select('database', str(c, 'databaseId'));
        return this.form(c.type, /^Add read replica…/, async (d) => void (await choose(d, 'zone', str(c, 'zoneId'))));
      case 'database.promoteReplica':
        await this.select('database', str(c, 'databaseId'));
        return this.press(c.type, new RegExp(`^Promote ${str(c, 'replicaId')}`));
      case 'loadBalancer.create':
        await this.select('region', str(c, 'regionId'));
        return this.form(c.type, /^Create load balancer…/, async (d) => {
          const zones = c.zoneIds as string[];
          for (const box of await d.locator('input[type="checkbox"][name="zones"]').all()) await box.setChecked(zones.includes((await box.getAttribute('value')) ?? ''));
          if (c.crossZone !== undefined) await choose(d, 'crossZone', c.crossZone ? 'on' : 'off');
          if (c.sticky !== undefined) await choose(d, 'sticky', c.sticky ? 'on' : 'off');
        });
      case 'dr.setPosture':
        await this.select('region', str(c, 'primaryRegionId'));
        return this.form(c.type, /^Set up Disaster Recovery…/, async (d) => {
          await choose(d, 'primary', str(c, 'primaryRegionId'));
          await choose(d, 'dr', str(c, 'drRegionId'));
          await choose(d, 'posture', str(c, 'posture'));
        });
      case 'region.failOver':
        await this.select('region', str(c, 'fromRegionId'));
        return this.press(c.type);
      case 'region.failBack':
        // Offered on either Region of the plan once failed over.
        await this.page.locator('.estate-item[data-kind="region"]').first().click();
        return this.press(c.type);
      default:
        throw new Error(`no UI routine plays ${c.type} yet: add one to tests/e2e/uiPlayer.ts`);
    }
  }
}
