module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'shared-util-rate-limit',
  rootDir: __dirname,
};
