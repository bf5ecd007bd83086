export function App() {
  return (
    <main>
      <h1>Reply Coach</h1>
      <p>Focus a reply box on a supported site to see the coach's analysis.</p>
    </main>
  );
}
