/** Russian past tense: masculine form plus feminine (-а) and plural (-и); reflexives (-ся) too. */
export function ruPast(forms: string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    out.push(form);
    if (form.endsWith('лся')) out.push(form.slice(0, -2) + 'ась', form.slice(0, -2) + 'ись');
    else if (form.endsWith('л')) out.push(form + 'а', form + 'и');
  }
  return out;
}

/** Ukrainian past tense: masculine -в, feminine -ла, plural -ли. */
export function ukPast(forms: string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    out.push(form);
    if (form.endsWith('в')) out.push(form.slice(0, -1) + 'ла', form.slice(0, -1) + 'ли');
  }
  return out;
}

/** Polish past tense: masculine -ł, feminine -ła. */
export function plPast(forms: string[]): string[] {
  return forms.flatMap((form) =>
    form.endsWith('ł') ? [form, form + 'a', form.slice(0, -1) + 'li'] : [form],
  );
}

/** Arabic perfect verbs with the feminine -ت and the prefixed conjunctions و and ف. */
export function arVerbs(forms: string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    for (const v of [form, form + 'ت']) out.push(v, 'و' + v, 'ف' + v);
  }
  return out;
}
