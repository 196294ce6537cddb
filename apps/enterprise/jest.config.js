module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'enterprise',
  rootDir: __dirname,
};
