export function App() {
  return <main>Flowmap</main>;
}
