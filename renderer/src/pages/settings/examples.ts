// Examples under the office fields, after the 2025 reorganisation: district federations were
// dissolved on 1/7/2025, commune/ward unions are directly above grassroots units, and provinces
// merged (Kiên Giang into An Giang). The test fixture EXAMPLE_OFFICE keeps the seed documents' names.
export const OFFICE_EXAMPLES = {
  superiorBody: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG',
  issuingBody: 'CÔNG ĐOÀN XÃ VĨNH THUẬN',
  otherIssuingBody: 'CÔNG ĐOÀN PHƯỜNG …',
  placeName: 'Vĩnh Thuận',
  codeSuffix: 'CĐX',
} as const;
