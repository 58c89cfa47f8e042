/** What is wrong with an uploaded file itself (encoding, size, shape), before any row is read. */
export const fileTexts = {
  'file.tooLarge': {
    en: 'The file is {size}, more than the {limit} an upload may be. Leave out columns Spejl does not use, or split the file, and upload again.',
    da: 'Filen fylder {size}, mere end de {limit} en fil må fylde. Udelad kolonner, Spejl ikke bruger, eller del filen, og upload igen.',
  },
  'file.empty': {
    en: 'The file is empty (0 bytes). Export the file from the HR system again and upload that.',
    da: 'Filen er tom (0 byte). Eksportér filen fra HR-systemet igen, og upload den.',
  },
  'file.onlyBom': {
    en: 'The file holds nothing but the mark that says it is UTF-8, no text. Export the file again and upload that.',
    da: 'Filen indeholder kun mærket for UTF-8 og ingen tekst. Eksportér filen igen, og upload den.',
  },
  'file.blank': {
    en: 'The file has only blank lines. It needs a header line and one line per row below it.',
    da: 'Filen har kun tomme linjer. Den skal have en linje med kolonnenavne og en linje pr. række under den.',
  },
  'file.noPeople': {
    en: 'The file has a header but no people below it.',
    da: 'Filen har kolonnenavne, men ingen personer under dem.',
  },
  'file.noForms': {
    en: 'The file has a header but no forms below it.',
    da: 'Filen har kolonnenavne, men ingen besvarelser under dem.',
  },
  'file.notText': {
    en: 'The file is neither a text file (CSV) nor an Excel workbook (.xlsx). Save it from Excel as "CSV UTF-8" or as .xlsx and upload that.',
    da: 'Filen er hverken en tekstfil (CSV) eller en Excel-projektmappe (.xlsx). Gem den fra Excel som "CSV UTF-8" eller som .xlsx, og upload den.',
  },
  'file.oldXls': {
    en: 'The file is in the old Excel .xls format. Save it as .xlsx (Excel workbook) or as "CSV UTF-8" and upload again.',
    da: 'Filen er i det gamle Excel-format .xls. Gem den som .xlsx (Excel-projektmappe) eller som "CSV UTF-8", og upload igen.',
  },
  'file.utf16WithoutBom': {
    en: 'The file is UTF-16 without the mark that says which kind. Save it as "CSV UTF-8" and upload again.',
    da: 'Filen er UTF-16 uden mærket, der fortæller hvilken slags. Gem den som "CSV UTF-8", og upload igen.',
  },
  'file.mixedEncoding': {
    en: 'This line is not UTF-8 although the rest of the file is: the file mixes two encodings (often after pasting from another file). Check the letters on this line, save the file as "CSV UTF-8" and upload again.',
    da: 'Denne linje er ikke UTF-8, selvom resten af filen er: filen blander to tegnsæt (ofte efter indsættelse fra en anden fil). Tjek bogstaverne på linjen, gem filen som "CSV UTF-8", og upload igen.',
  },
  'file.windows1252': {
    en: 'The file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV (semikolonsepareret)"). Check that æ, ø and å look right, or save the file as "CSV UTF-8".',
    da: 'Filen er ikke UTF-8 og blev derfor læst som Windows-1252 (Excels "CSV (semikolonsepareret)"). Tjek at æ, ø og å ser rigtige ud, eller gem filen som "CSV UTF-8".',
  },
  'file.damagedText': {
    en: 'The file says it is UTF-16 but its text is cut off or damaged. Save it again as "CSV UTF-8" and upload that.',
    da: 'Filen siger, den er UTF-16, men teksten er afkortet eller beskadiget. Gem den igen som "CSV UTF-8", og upload den.',
  },
  'file.damagedXlsx': {
    en: 'The file looks like an Excel file (.xlsx) but could not be read ({why}). Open it in Excel and save it again as .xlsx or as "CSV UTF-8".',
    da: 'Filen ligner en Excel-fil (.xlsx), men kunne ikke læses ({why}). Åbn den i Excel, og gem den igen som .xlsx eller som "CSV UTF-8".',
  },
  'file.zipEntries': {
    en: 'The workbook holds {count} parts, more than the {limit} a workbook may have. Save the sheet on its own as .xlsx or as "CSV UTF-8".',
    da: 'Projektmappen består af {count} dele, flere end de {limit} en projektmappe må have. Gem arket alene som .xlsx eller som "CSV UTF-8".',
  },
  'file.zipInflated': {
    en: 'The workbook unpacks to more than {limit}. Save only the sheet with the people as .xlsx or as "CSV UTF-8" and upload that.',
    da: 'Projektmappen fylder mere end {limit}, når den pakkes ud. Gem kun arket med personerne som .xlsx eller som "CSV UTF-8", og upload det.',
  },
  'file.zipRatio': {
    en: 'The workbook part {part} unpacks to {ratio} times its packed size, which only files made to exhaust a server do (a "zip bomb"). Save the sheet again from Excel as .xlsx or as "CSV UTF-8".',
    da: 'Delen {part} af projektmappen bliver {ratio} gange større, når den pakkes ud. Det gør kun filer, der er lavet til at lægge en server ned (en "zip-bombe"). Gem arket igen fra Excel som .xlsx eller som "CSV UTF-8".',
  },
  'file.zipSizeLies': {
    en: 'The workbook part {part} unpacks to more than the workbook says it holds: the file is damaged or made to attack. Save the sheet again from Excel as .xlsx or as "CSV UTF-8".',
    da: 'Delen {part} af projektmappen fylder mere, end projektmappen selv oplyser: filen er beskadiget eller lavet til et angreb. Gem arket igen fra Excel som .xlsx eller som "CSV UTF-8".',
  },
  'file.tooManyRows': {
    en: 'The file has more than {limit} rows. Split it, or upload only the people of the part of the organisation Spejl evaluates.',
    da: 'Filen har flere end {limit} rækker. Del den, eller upload kun personerne i den del af organisationen, Spejl evaluerer.',
  },
  'file.tooManyColumns': {
    en: 'The line has {count} columns, more than the {limit} a file may have. Leave out the columns Spejl does not use.',
    da: 'Linjen har {count} kolonner, flere end de {limit} en fil må have. Udelad de kolonner, Spejl ikke bruger.',
  },
  'file.cellTooLong': {
    en: 'The value has {length} characters, more than the {limit} a value may have. Shorten it (a line break inside quotes may have swallowed the lines after it).',
    da: 'Værdien har {length} tegn, flere end de {limit} en værdi må have. Forkort den (et linjeskift inde i anførselstegn kan have slugt linjerne efter den).',
  },
  'file.valueTooLong': {
    en: 'A value in the workbook is longer than the {limit} characters a value may have. Shorten it and save the workbook again.',
    da: 'En værdi i projektmappen er længere end de {limit} tegn, en værdi må have. Forkort den, og gem projektmappen igen.',
  },
  'file.rowTooWide': {
    en: 'A row of the workbook has more than {limit} cells, more than a file may have. Delete the columns Spejl does not use and save the workbook again.',
    da: 'En række i projektmappen har flere end {limit} celler, flere end en fil må have. Slet de kolonner, Spejl ikke bruger, og gem projektmappen igen.',
  },
  'file.duplicateHeader': {
    en: 'The header "{header}" names both column {first} and column {second}. Give each column its own name, or delete the one Spejl should not read.',
    da: 'Kolonnenavnet "{header}" står både i kolonne {first} og kolonne {second}. Giv hver kolonne sit eget navn, eller slet den, Spejl ikke skal læse.',
  },
  'file.otherSeparator': {
    en: 'The header is one column with "{separator}" between the names: the file is separated by "{separator}", which Spejl does not guess. Read the file with "{separator}" as the separator, or save it from Excel as "CSV UTF-8" (with commas or semicolons) and upload again.',
    da: 'Kolonnenavnene står i én kolonne med "{separator}" imellem: filen er adskilt med "{separator}", som Spejl ikke gætter på. Læs filen med "{separator}" som skilletegn, eller gem den fra Excel som "CSV UTF-8" (med komma eller semikolon), og upload igen.',
  },
  'file.oneColumn': {
    en: 'The whole header is one value ("{header}"): each line seems to be quoted as a whole. Read the file without the quotes around each line, or save it from Excel as "CSV UTF-8".',
    da: 'Hele linjen med kolonnenavne er én værdi ("{header}"): hver linje ser ud til at stå i anførselstegn. Læs filen uden anførselstegnene om hver linje, eller gem den fra Excel som "CSV UTF-8".',
  },
  'file.badQuote': {
    en: 'A quoted value is not closed or has a stray " in it ({detail}).',
    da: 'En værdi i anførselstegn er ikke lukket, eller der står et " for meget ({detail}).',
  },
  'file.rowTooLong': {
    en: 'The row has {count} values but the header has {width} columns: a value probably contains "{separator}" without quotes around it.',
    da: 'Rækken har {count} værdier, men der er {width} kolonnenavne: en værdi indeholder nok "{separator}" uden anførselstegn om.',
  },
  'file.rowTooShort': {
    en: 'The row has {count} values but the header has {width} columns: a value is missing, or a line break split the row.',
    da: 'Rækken har {count} værdier, men der er {width} kolonnenavne: en værdi mangler, eller et linjeskift har delt rækken.',
  },
  'file.formulaLike': {
    en: '"{value}" starts with "{first}", which a spreadsheet would run as a formula ({count|line|lines} {lines}). It is stored as text, and Spejl\'s exports put a \' in front so the spreadsheet shows it as text.',
    da: '"{value}" begynder med "{first}", som et regneark ville køre som en formel ({count|linje|linjer} {lines}). Den gemmes som tekst, og Spejls eksporter sætter et \' foran, så regnearket viser den som tekst.',
  },
  'file.moreProblems': {
    en: 'And {count} more {count|problem|problems}, not listed. Fix the ones above, and import the file again to see the rest.',
    da: 'Og {count} {count|fejl|fejl} mere, som ikke er vist. Ret fejlene ovenfor, og importér filen igen for at se resten.',
  },
} as const;
