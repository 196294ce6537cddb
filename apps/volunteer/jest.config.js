module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'volunteer',
  rootDir: __dirname,
};
