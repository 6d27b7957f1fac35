/** The fixed ID-number key of every test app and of the test template's demo data (R-PPL-02). */
export const TEST_PII_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
