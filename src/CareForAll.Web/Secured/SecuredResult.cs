using CareForAll.Measures.Running;

namespace CareForAll.Web.Secured;

/// <summary>One secured result (every figure) and whether the public site withholds it as a small number.</summary>
public sealed record SecuredResult(MeasureResult Result, bool WithheldFromPublic);
