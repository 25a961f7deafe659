/** A getUserById 200 body that keeps the spec: for tests that need a valid user to come back. */
export const VALID_USER = Object.freeze({
  publicId: 'usr_1',
  firstName: 'Jane',
  lastName: 'Smith',
  sex: 'FEMALE',
  caregiverId: null,
  role: 'PATIENT',
  birthDate: '1990-01-15',
  addressLine1: '1 Main Street',
  addressLine2: null,
  city: 'Springfield',
  state: null,
  postalCode: null,
});
