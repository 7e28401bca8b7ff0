{#
    Incremental builds (docs/EVENTS.md: late events are picked up by the next build).
    Each build lists the raw batches it has not processed yet, derives from them the
    keys whose rows can change, and incremental models recompute exactly those keys
    from ALL their events (delete+insert on the key). The batches a build processed
    are recorded last, so a failed build is simply redone by the next one.
#}

{#- The relation that records processed batches. Read by name, not ref(): it is built
    after every incremental model, so a ref would close a cycle. -#}
{% macro processed_batches_relation() %}
    {%- if not execute -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set node = graph.nodes.values()
        | selectattr('resource_type', 'equalto', 'model')
        | selectattr('name', 'equalto', 'int_processed_batches_logged')
        | first -%}
    {{ return(adapter.get_relation(
        database=node.database, schema=node.schema, identifier=node.alias
    )) }}
{% endmacro %}

{#- A `where` clause keeping only the rows of the keys this build recomputes, on an
    incremental run; nothing on a full build. `scope` is `sessions` (partner_id,
    session_id) or `app_users` (partner_id, user_id). The ref is taken either way so
    that dbt always orders the key list before the model. -#}
{% macro where_affected(scope) %}
    {%- set scopes = {
        'sessions': ('int_affected_sessions_listed', 'partner_id, session_id'),
        'app_users': ('int_affected_app_users_listed', 'partner_id, user_id')
    } -%}
    {%- if scope not in scopes -%}
        {{ exceptions.raise_compiler_error(
            "where_affected: unknown scope '" ~ scope ~ "'; use one of " ~ scopes.keys() | list
        ) }}
    {%- endif -%}
    {%- set model_name, key_columns = scopes[scope] -%}
    {%- set affected_keys = ref(model_name) -%}
    {%- if is_incremental() %}
    where ({{ key_columns }}) in (select {{ key_columns }} from {{ affected_keys }})
    {%- endif -%}
{% endmacro %}

{#- The `where` clause of a build's not yet processed raw batches (rejected lines). -#}
{% macro where_pending_batch() %}
    {%- set pending_batches = ref('int_pending_batches_listed') -%}
    {%- if is_incremental() %}
    where batch_id in (select batch_id from {{ pending_batches }})
    {%- endif -%}
{% endmacro %}
