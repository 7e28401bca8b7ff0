{#
    The multi-column `relationships` test: fails for every row of `model` whose
    `columns` combination has no match in `to` (compared column by column, so no
    string concatenation can produce a false match). A row with a null in `columns`
    references nothing, as in dbt's own `relationships`; not_null tests catch nulls.
#}
{% test relationships_on_columns(model, to, columns) %}

    {#- `model` may come as an aliased subquery (a test's `where` config): select from it. #}
    select child.*
    from (select * from {{ model }}) as child
    where
        {%- for column in columns %}
        child.{{ column }} is not null and
        {%- endfor %}
        not exists (
        select 1
        from {{ to }} as parent
        where
            {%- for column in columns %}
            parent.{{ column }} = child.{{ column }}{{ " and" if not loop.last }}
            {%- endfor %}
    )

{% endtest %}
