// jstat 1.9 ships no type declarations; this is the one function used (Student's t quantile).
declare module "jstat" {
  const jStat: { studentt: { inv(p: number, dof: number): number } };
  export default jStat;
}
