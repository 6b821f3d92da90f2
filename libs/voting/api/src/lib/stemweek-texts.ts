import { LocalizedText, StemweekMethod, StemweekSelection } from '@wijkdeal/shared-contracts';
import type { OutcomeComparison, PbRuleNote, TieDecision } from '@wijkdeal/voting-tally';

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
      if (selection.tieBreak === 'project-order') {
        return {
          nl: `${base.nl} Staan er op de laatste plaats projecten gelijk, dan gaan de projecten voor die eerder op de lijst staan.`,
          en: `${base.en} If projects are tied for the last place, the ones listed first go first.`,
        };
      }
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
      return joinTexts([
        {
          nl: `Het budget is ${euros(selection.budget, 'nl')}. Projecten zijn gekozen van de hoogste naar de laagste score, zolang ze nog in het budget passen.`,
          en: `The budget is ${euros(selection.budget, 'en')}. Projects are selected from the highest to the lowest score, as long as they still fit in the budget.`,
        },
        selection.onMisfit === 'stop'
          ? { nl: 'Past een project niet meer, dan stopt het kiezen.', en: 'When a project no longer fits, the selection stops.' }
          : selection.onMisfit === 'stop-80'
            ? {
                nl: 'Past een project niet meer, maar dekt het resterende geld minstens 80% van de kosten, dan is het toch gekozen. Daarna stopt het kiezen.',
                en: 'When a project no longer fits but the money left covers at least 80% of its cost, it is selected anyway. Then the selection stops.',
              }
            : { nl: 'Past een project niet meer, dan kijken we naar het volgende.', en: 'If a project no longer fits, the next one is considered.' },
        selection.minScore !== undefined
          ? { nl: `Alleen projecten met minstens ${selection.minScore} punten doen mee.`, en: `Only projects with a score of at least ${selection.minScore} take part.` }
          : undefined,
        selection.categoryBudgets !== undefined
          ? {
              nl: `Elke categorie heeft een eigen budget: ${Object.entries(selection.categoryBudgets).map(([category, amount]) => `${category} ${euros(amount, 'nl')}`).join(', ')}.`,
              en: `Each category has its own budget: ${Object.entries(selection.categoryBudgets).map(([category, amount]) => `${category} ${euros(amount, 'en')}`).join(', ')}.`,
            }
          : undefined,
        selection.leftover === 'fill'
          ? { nl: 'Met het geld dat overblijft, zijn daarna nog projecten gekozen die passen, op volgorde van score.', en: 'The money left over then funds further projects that fit, in order of score.' }
          : selection.leftover === 'partial'
            ? { nl: 'Het geld dat overblijft, gaat als deel van de kosten naar het beste project dat niet gekozen is.', en: 'The money left over goes to the best project not selected, as part of its cost.' }
            : undefined,
        selection.exclusive !== undefined && selection.exclusive.length > 0
          ? { nl: 'Van projecten die elkaar uitsluiten, kan er maar één gekozen worden: het project met de hoogste score.', en: 'Of projects that exclude each other, only one can be selected: the one with the highest score.' }
          : undefined,
        selection.tieBreak === 'lot'
          ? { nl: `Bij een gelijke score beslist het lot, met de code ${selection.seed ?? ''}.`, en: `With equal scores a lot decides, with the code ${selection.seed ?? ''}.` }
          : { nl: 'Bij een gelijke score gaat het project voor dat eerder op de lijst staat.', en: 'With equal scores, the project listed first goes first.' },
      ]);
    case 'equal-shares':
      return joinTexts([
        {
          nl: `Het budget is ${euros(selection.budget, 'nl')}, gekozen met de Methode van Gelijke Delen: iedere stemmer krijgt een gelijk deel van het budget. Een project is gekozen als de mensen die erop stemden het samen kunnen betalen; het project dat per steunende stemmer het minst kost, gaat voor.`,
          en: `The budget is ${euros(selection.budget, 'en')}, allocated with the Method of Equal Shares: every voter gets an equal share of the budget. A project is selected when the people who voted for it can pay for it together; the project that costs least per supporting voter goes first.`,
        },
        selection.completion === 'none'
          ? undefined
          : selection.completion === 'add1-exhaustive'
            ? {
                nl: "Blijft er geld over, dan wordt ieders deel stap voor stap een euro groter ('add1'), tot er geen project meer bij past of de gekozen projecten niet meer in het budget passen.",
                en: "If money is left, everyone's share grows one euro at a time ('add1') until no further project fits or the selected projects would no longer fit in the budget.",
              }
            : {
                nl: "Blijft er geld over, dan wordt ieders deel stap voor stap een euro groter ('add1'), zolang de gekozen projecten in het budget passen.",
                en: "If money is left, everyone's share grows one euro at a time ('add1') as long as the selected projects fit in the budget.",
              },
        selection.comparison
          ? {
              nl: 'Daarna is de uitslag vergeleken met kiezen op volgorde van score. Hebben meer stemmers daar meer van hun projecten in, dan geldt die uitslag.',
              en: 'The outcome was then compared with selecting in order of score. If more voters have more of their projects in that one, it applies.',
            }
          : undefined,
      ]);
  }
}

function joinTexts(parts: ReadonlyArray<LocalizedText | undefined>): LocalizedText {
  const present = parts.filter((part): part is LocalizedText => part !== undefined);
  return { nl: present.map((part) => part.nl).join(' '), en: present.map((part) => part.en).join(' ') };
}

const NOTE_TEXTS: Record<PbRuleNote['code'], LocalizedText> = {
  RULE_UNKNOWN: { nl: 'Het bestand noemt geen regel die we kennen, dus we tellen met de top 10.', en: 'The file names no rule we know, so we count with the top 10.' },
  RULE_CUSTOM: {
    nl: 'Het bestand gebruikt een eigen regel (greedy-custom) die alleen in een toelichting staat; die kunnen we niet narekenen.',
    en: 'The file uses a rule of its own (greedy-custom), described only in a comment; we cannot recount it.',
  },
  EXCLUSIONS_NOT_IN_FILE: {
    nl: 'Projecten die elkaar uitsluiten, staan niet in het bestand zelf (alleen in een toelichting). We tellen zonder die uitsluitingen.',
    en: 'Projects that exclude each other are not in the file itself (only in a comment). We count without those exclusions.',
  },
  THRESHOLD_MISSING: { nl: 'Het bestand noemt een drempel, maar geeft die niet. We tellen zonder drempel.', en: 'The file names a threshold but does not give it. We count without a threshold.' },
  LEFTOVER_UNKNOWN: { nl: 'Wat er met het overgebleven geld gebeurde, kunnen we uit het bestand niet opmaken.', en: 'What happened to the money left over cannot be read from the file.' },
  SELECTED_OUTSIDE_RULE: {
    nl: 'Sommige projecten zijn buiten de regel om gekozen (het bestand markeert ze apart); die tellen niet mee in de vergelijking.',
    en: 'Some projects were selected outside the rule (the file marks them separately); they are left out of the comparison.',
  },
};

/** "Same as the official outcome", or which projects differ, and why the file's outcome may not follow from its META. */
export function describeOfficialOutcome(comparison: OutcomeComparison, ruleName: string, notes: readonly PbRuleNote[]): LocalizedText {
  const ids = (list_: readonly string[], locale: 'nl' | 'en') => list(list_, locale);
  const outcome: LocalizedText = comparison.same
    ? { nl: `Hetzelfde als de officiële uitslag (regel ${ruleName}).`, en: `Same as the official outcome (rule ${ruleName}).` }
    : {
        nl: `Anders dan de officiële uitslag (regel ${ruleName}).${comparison.missing.length ? ` Officieel gekozen, bij ons niet: ${ids(comparison.missing, 'nl')}.` : ''}${comparison.extra.length ? ` Bij ons gekozen, officieel niet: ${ids(comparison.extra, 'nl')}.` : ''}`,
        en: `Different from the official outcome (rule ${ruleName}).${comparison.missing.length ? ` Officially selected, not by our count: ${ids(comparison.missing, 'en')}.` : ''}${comparison.extra.length ? ` Selected by our count, not officially: ${ids(comparison.extra, 'en')}.` : ''}`,
      };
  return joinTexts([outcome, ...notes.map((note) => NOTE_TEXTS[note.code])]);
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
