{#
    delete+insert for the incremental models, replacing dbt-duckdb's version: that one
    deletes `using` the new rows joined on the key, which pairs every old row of a key
    with every new row of it (an app user's events, a session's quality samples) and is
    ~20x slower than matching against the distinct keys, as here.
#}
{% macro duckdb__get_delete_insert_merge_sql(target, source, unique_key, dest_columns, incremental_predicates) -%}
    {%- set dest_cols_csv = get_quoted_csv(dest_columns | map(attribute='name')) -%}
    {%- set key_columns = [unique_key] if unique_key is string else unique_key -%}
    {%- if key_columns %}
    delete from {{ target }}
    where ({{ key_columns | join(', ') }}) in (
        select distinct {{ key_columns | join(', ') }}
        from {{ source }}
    )
    {%- for predicate in incremental_predicates or [] %}
        and {{ predicate }}
    {%- endfor %};
    {%- endif %}

    insert into {{ target }} ({{ dest_cols_csv }})
    (
        select {{ dest_cols_csv }}
        from {{ source }}
    )
{%- endmacro %}
