module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'grid',
  rootDir: __dirname,
};
