import { LocalizedText, StemweekMethod, StemweekSelection } from '@wijkdeal/shared-contracts';
import type { TieDecision } from '@wijkdeal/voting-tally';

/** Texts people read about a stemweek: the method, the rule and every tie, in Dutch (B1, "je") and English. */

function euros(amount: number, locale: 'nl' | 'en'): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);
}

function list(items: readonly string[], locale: 'nl' | 'en'): string {
  return new Intl.ListFormat(locale === 'nl' ? 'nl' : 'en', { style: 'long', type: 'conjunction' }).format(items);
}

export function describeMethod(method: StemweekMethod): LocalizedText {
  switch (method.kind) {
    case 'approval':
      return method.minChoices
        ? {
            nl: `Kies minstens ${method.minChoices} en hoogstens ${method.maxChoices} projecten die je steunt. Elk project dat je kiest, krijgt één stem.`,
            en: `Choose at least ${method.minChoices} and at most ${method.maxChoices} projects you support. Each project you choose gets one vote.`,
          }
        : {
            nl: `Kies hoogstens ${method.maxChoices} projecten die je steunt. Elk project dat je kiest, krijgt één stem.`,
            en: `Choose up to ${method.maxChoices} projects you support. Each project you choose gets one vote.`,
          };
    case 'choose-1':
      return { nl: 'Kies één project. Dat project krijgt jouw stem.', en: 'Choose one project. That project gets your vote.' };
    case 'points':
      return {
        nl: `Verdeel hoogstens ${method.points} punten over de projecten, met hoogstens ${method.maxPerProject} punten per project. Alle punten tellen op.`,
        en: `Spread up to ${method.points} points over the projects, with at most ${method.maxPerProject} points per project. All points add up.`,
      };
    case 'ranked':
      return {
        nl: `Zet hoogstens ${method.maxRanks} projecten op volgorde: 1 is je eerste keus. Zet je bijvoorbeeld 3 projecten op volgorde, dan krijgt je eerste keus 3 punten, je tweede 2 en je derde 1.`,
        en: `Rank up to ${method.maxRanks} projects: 1 is your first choice. If you rank 3 projects, for example, your first choice gets 3 points, your second 2 and your third 1.`,
      };
  }
}

export function describeSelection(selection: StemweekSelection): LocalizedText {
  switch (selection.rule) {
    case 'top-n': {
      const base = {
        nl: `De ${selection.n} projecten met de hoogste score zijn gekozen. Een project zonder stemmen wordt nooit gekozen.`,
        en: `The ${selection.n} projects with the highest score are selected. A project without votes is never selected.`,
      };
      return selection.tieBreak === 'lot'
        ? {
            nl: `${base.nl} Staan er op de laatste plaats projecten gelijk, dan wordt er tussen hen geloot. Het loten gebruikt de code ${selection.seed ?? ''}, die al openbaar was voordat de stemweek begon; zo kan iedereen het narekenen.`,
            en: `${base.en} If projects are tied for the last place, a lot is drawn between them. The draw uses the code ${selection.seed ?? ''}, which was public before the stemweek opened, so anyone can check it.`,
          }
        : {
            nl: `${base.nl} Staan er op de laatste plaats projecten gelijk, dan zijn ze allemaal gekozen. Dan zijn het er dus meer dan ${selection.n}.`,
            en: `${base.en} If projects are tied for the last place, all of them are selected, so there may be more than ${selection.n}.`,
          };
    }
    case 'greedy-budget':
      return {
        nl: `Het budget is ${euros(selection.budget, 'nl')}. Projecten zijn gekozen van de hoogste naar de laagste score, zolang ze nog in het budget passen. Past een project niet meer, dan kijken we naar het volgende.`,
        en: `The budget is ${euros(selection.budget, 'en')}. Projects are selected from the highest to the lowest score, as long as they still fit in the budget. If a project no longer fits, the next one is considered.`,
      };
    case 'equal-shares':
      return {
        nl: `Het budget is ${euros(selection.budget, 'nl')}, gekozen met de Methode van Gelijke Delen: iedere stemmer krijgt een gelijk deel van het budget. Een project is gekozen als de mensen die erop stemden het samen kunnen betalen; het project dat per steunende stemmer het minst kost, gaat voor. Blijft er geld over, dan wordt ieders deel stap voor stap een euro groter ('add1'), zolang de gekozen projecten in het budget passen.`,
        en: `The budget is ${euros(selection.budget, 'en')}, allocated with the Method of Equal Shares: every voter gets an equal share of the budget. A project is selected when the people who voted for it can pay for it together; the project that costs least per supporting voter goes first. If money is left, everyone's share grows one euro at a time ('add1') as long as the selected projects fit in the budget.`,
      };
  }
}

export type TitleOf = (projectKey: string) => LocalizedText;

export function describeTie(decision: TieDecision, titleOf: TitleOf, scoreUnit: LocalizedText): LocalizedText {
  const names = (ids: readonly string[], locale: 'nl' | 'en') => list(ids.map((id) => titleOf(id)[locale] || titleOf(id).nl), locale);
  const tied = { nl: names(decision.projectIds, 'nl'), en: names(decision.projectIds, 'en') };
  const chosen = {
    nl: decision.selectedProjectIds.length ? names(decision.selectedProjectIds, 'nl') : 'geen',
    en: decision.selectedProjectIds.length ? names(decision.selectedProjectIds, 'en') : 'none',
  };
  switch (decision.decidedBy) {
    case 'include-all':
      return {
        nl: `Op plaats ${decision.position} stonden ${decision.projectIds.length} projecten gelijk met ${decision.score} ${scoreUnit.nl}: ${tied.nl}. Ze zijn allemaal gekozen.`,
        en: `At place ${decision.position}, ${decision.projectIds.length} projects were tied with ${decision.score} ${scoreUnit.en}: ${tied.en}. All of them are selected.`,
      };
    case 'lot':
      if (decision.position === undefined) {
        return {
          nl: `${tied.nl} hadden dezelfde score (${decision.score}). De volgorde is geloot met de code ${decision.seed}; gekozen: ${chosen.nl}.`,
          en: `${tied.en} had the same score (${decision.score}). Their order was drawn by lot with the code ${decision.seed}; selected: ${chosen.en}.`,
        };
      }
      return {
        nl: `Op plaats ${decision.position} stonden ${decision.projectIds.length} projecten gelijk met ${decision.score} ${scoreUnit.nl}: ${tied.nl}. Er was plaats voor ${decision.places}. Er is geloot met de code ${decision.seed}; gekozen: ${chosen.nl}.`,
        en: `At place ${decision.position}, ${decision.projectIds.length} projects were tied with ${decision.score} ${scoreUnit.en}: ${tied.en}. There was room for ${decision.places}. A lot was drawn with the code ${decision.seed}; selected: ${chosen.en}.`,
      };
    case 'project-order':
      return {
        nl: `${tied.nl} hadden dezelfde score (${decision.score}). Ze zijn bekeken in de volgorde van de projectenlijst; gekozen: ${chosen.nl}.`,
        en: `${tied.en} had the same score (${decision.score}). They were considered in the order of the project list; selected: ${chosen.en}.`,
      };
    case 'lower-cost':
      return {
        nl: `In een ronde van de Methode van Gelijke Delen stonden ${tied.nl} gelijk. Het goedkoopste project ging voor: ${chosen.nl}.`,
        en: `In a round of the Method of Equal Shares, ${tied.en} were tied. The cheapest project went first: ${chosen.en}.`,
      };
    case 'higher-score':
      return {
        nl: `In een ronde van de Methode van Gelijke Delen stonden ${tied.nl} gelijk, ook in kosten. Het project met de hoogste score ging voor: ${chosen.nl}.`,
        en: `In a round of the Method of Equal Shares, ${tied.en} were tied, in cost too. The project with the highest score went first: ${chosen.en}.`,
      };
  }
}

export function describeTies(count: number): LocalizedText {
  return count === 0
    ? { nl: 'Er waren geen gelijke standen die de keuze beïnvloedden.', en: 'No ties influenced the selection.' }
    : {
        nl: count === 1 ? 'Eén gelijke stand beïnvloedde de keuze; hieronder staat hoe die is beslist.' : `${count} gelijke standen beïnvloedden de keuze; hieronder staat hoe ze zijn beslist.`,
        en: count === 1 ? 'One tie influenced the selection; below is how it was settled.' : `${count} ties influenced the selection; below is how they were settled.`,
      };
}

/** What a score counts: votes for approval and choose-1, points for points and ranked ballots. */
export function scoreUnit(method: StemweekMethod): LocalizedText {
  return method.kind === 'approval' || method.kind === 'choose-1' ? { nl: 'stemmen', en: 'votes' } : { nl: 'punten', en: 'points' };
}
