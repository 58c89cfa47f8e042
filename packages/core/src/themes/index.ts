export { listThemeChoices, setThemeEnabled, type ThemeChoice } from './theme-choice.ts';
export { loadFramingSettings, saveFramingSettings, type FramingSettings } from './tenant-framing.ts';
export { loadLocalQuestions, saveLocalQuestions, LocalQuestionsSave, type LocalQuestions } from './local-questions.ts';
export { tenantThemes, tenantExampleResolver, type TenantExampleResolver } from './tenant-theme-source.ts';
export { listFaggrupper, type FaggruppeCount } from './faggrupper.ts';
