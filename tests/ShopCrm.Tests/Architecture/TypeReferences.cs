using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ShopCrm.Tests.Architecture;

// Every type a type mentions in its IL: signatures, attributes, locals and the operands of its
// instructions, including those of the lambdas and state machines the compiler nests inside it.
internal static class TypeReferences
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        foreach (var nested in WithNested(type))
        {
            Collect(nested, found);
        }

        return found.SelectMany(Unwrap);
    }

    // The methods called from a type and the types nested in it.
    public static IEnumerable<MethodReference> CallsOf(TypeDefinition type) =>
        WithNested(type).SelectMany(t => t.Methods).Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn or Code.Ldvirtftn)
            .Select(i => (MethodReference)i.Operand);

    // Where a referenced type is defined: its assembly's name.
    public static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference assembly => assembly.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        _ => type.Scope.Name,
    };

    // A nested type's namespace is its outermost declaring type's.
    public static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    public static string NameOf(TypeReference type)
    {
        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        return outer.FullName;
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        new[] { type }.Concat(type.NestedTypes.SelectMany(WithNested));

    private static void Collect(TypeDefinition type, List<TypeReference> found)
    {
        Add(found, type.BaseType);
        found.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        Attributes(type, found);
        foreach (var field in type.Fields)
        {
            found.Add(field.FieldType);
            Attributes(field, found);
        }

        foreach (var property in type.Properties)
        {
            found.Add(property.PropertyType);
            Attributes(property, found);
        }

        foreach (var method in type.Methods)
        {
            Signature(method, found);
            Attributes(method, found);
            if (!method.HasBody)
            {
                continue;
            }

            found.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference operand:
                        found.Add(operand);
                        break;
                    case MethodReference operand:
                        Signature(operand, found);
                        break;
                    case FieldReference operand:
                        found.Add(operand.DeclaringType);
                        found.Add(operand.FieldType);
                        break;
                }
            }
        }
    }

    private static void Signature(MethodReference method, List<TypeReference> found)
    {
        found.Add(method.DeclaringType);
        found.Add(method.ReturnType);
        found.AddRange(method.Parameters.Select(p => p.ParameterType));
        if (method is GenericInstanceMethod generic)
        {
            found.AddRange(generic.GenericArguments);
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, List<TypeReference> found)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            found.Add(attribute.AttributeType);
            found.AddRange(attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>());
        }
    }

    private static void Add(List<TypeReference> found, TypeReference? type)
    {
        if (type is not null)
        {
            found.Add(type);
        }
    }

    // List<Product>[] mentions List and Product; generic parameters (T) mention nothing.
    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var inner in new[] { generic.ElementType }.Concat(generic.GenericArguments).SelectMany(Unwrap))
                {
                    yield return inner;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var inner in Unwrap(specification.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                yield return type;
                break;
        }
    }
}
