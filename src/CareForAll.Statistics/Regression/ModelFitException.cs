namespace CareForAll.Statistics;

/// <summary>A regression could not be fitted: separation, non-convergence or a singular design. The message says which.</summary>
public sealed class ModelFitException : InvalidOperationException
{
    public ModelFitException()
    {
    }

    public ModelFitException(string message)
        : base(message)
    {
    }

    public ModelFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
