export default defineBackground(() => {
  // Filled by the in-page coach and popup issues: defaults, toolbar badge, frame routing.
});
